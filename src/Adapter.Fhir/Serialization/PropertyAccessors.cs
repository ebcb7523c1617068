using System.Collections.Concurrent;
using LinqExpression = System.Linq.Expressions.Expression;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Serialization;

/// <summary>
/// The serializable members of a FHIR type, in the specification's order, each with a compiled
/// getter: built once per type from the Firely SDK's model metadata.
/// </summary>
internal sealed class PropertyAccessors
{
    // A cache of what the model says of each type: filled once per type, never changed after, like
    // the SDK's own ModelInspector cache it is built from.
    private static readonly ConcurrentDictionary<Type, PropertyAccessors> ByType = new();

    private PropertyAccessors(ClassMapping mapping)
    {
        Mapping = mapping;
        Members = [.. mapping.PropertyMappings.Where(property => !property.RepresentsValueElement).OrderBy(property => property.Order).Select(Member.Create)];
    }

    public ClassMapping Mapping { get; }

    public IReadOnlyList<Member> Members { get; }

    public static PropertyAccessors For(Base instance) =>
        ByType.GetOrAdd(instance.GetType(), type => new PropertyAccessors(ModelInfo.ModelInspector.FindOrImportClassMapping(type)
            ?? throw new InvalidOperationException($"{type.Name} is not a FHIR type the model knows.")));

    /// <summary>One member: its JSON names, whether it is a choice (<c>value[x]</c>) and its getter.</summary>
    internal sealed record Member(string Name, System.Text.Json.JsonEncodedText EncodedName, ChoiceType Choice, Func<object, object?> Get)
    {
        private readonly ConcurrentDictionary<Type, (System.Text.Json.JsonEncodedText Value, System.Text.Json.JsonEncodedText Elements)> _namesByType = new();

        /// <summary><c>_name</c>: where a primitive's id and extensions go.</summary>
        public System.Text.Json.JsonEncodedText ElementsName { get; } = System.Text.Json.JsonEncodedText.Encode("_" + Name);

        /// <summary>The names for a value of this member: <c>valueQuantity</c> for a choice, else the member's own.</summary>
        public (System.Text.Json.JsonEncodedText Value, System.Text.Json.JsonEncodedText Elements) NamesFor(Base value) =>
            Choice != ChoiceType.DatatypeChoice
                ? (EncodedName, ElementsName)
                : _namesByType.GetOrAdd(value.GetType(), static (_, state) => ChoiceNames(state.Name, state.Value.TypeName), (Name, Value: value));

        // valueQuantity, effectiveDateTime, deceasedBoolean: the type name with its first letter capitalized.
        private static (System.Text.Json.JsonEncodedText, System.Text.Json.JsonEncodedText) ChoiceNames(string name, string type)
        {
            var full = name + char.ToUpperInvariant(type[0]) + type[1..];
            return (System.Text.Json.JsonEncodedText.Encode(full), System.Text.Json.JsonEncodedText.Encode("_" + full));
        }

        public static Member Create(PropertyMapping property)
        {
            var native = property.NativeProperty ?? throw new InvalidOperationException($"{property.Name} has no .NET property.");
            return new Member(property.Name, System.Text.Json.JsonEncodedText.Encode(property.Name), property.Choice, Getter(native));
        }

        /// <summary>
        /// A compiled getter. A list member is read from the SDK's backing field: its property creates
        /// an empty list on first read, which for a freshly converted Bundle was every unset list of
        /// every element, a sixth of what converting and serializing a message allocated.
        /// </summary>
        public static Func<object, object?> Getter(System.Reflection.PropertyInfo native)
        {
            var instance = LinqExpression.Parameter(typeof(object));
            var typed = LinqExpression.Convert(instance, native.DeclaringType!);
            var backing = typeof(System.Collections.IList).IsAssignableFrom(native.PropertyType) ? BackingField(native) : null;
            LinqExpression read = backing is null ? LinqExpression.Property(typed, native) : LinqExpression.Field(typed, backing);
            return LinqExpression.Lambda<Func<object, object?>>(LinqExpression.Convert(read, typeof(object)), instance).Compile();
        }

        // The generated models keep a list property's value in a private field named after it (_Identifier).
        private static System.Reflection.FieldInfo? BackingField(System.Reflection.PropertyInfo native) =>
            native.DeclaringType!.GetField("_" + native.Name, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic) is { } field
                && field.FieldType == native.PropertyType
                ? field
                : null;
    }
}

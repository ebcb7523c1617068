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
            var instance = LinqExpression.Parameter(typeof(object));
            var native = property.NativeProperty ?? throw new InvalidOperationException($"{property.Name} has no .NET property.");
            var body = LinqExpression.Convert(LinqExpression.Property(LinqExpression.Convert(instance, native.DeclaringType!), native), typeof(object));
            var getter = LinqExpression.Lambda<Func<object, object?>>(body, instance).Compile();
            return new Member(property.Name, System.Text.Json.JsonEncodedText.Encode(property.Name), property.Choice, getter);
        }
    }
}

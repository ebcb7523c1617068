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

    /// <summary>One member: its JSON name, whether it is a choice (<c>value[x]</c>) and its getter.</summary>
    internal sealed record Member(string Name, System.Text.Json.JsonEncodedText EncodedName, ChoiceType Choice, Func<object, object?> Get)
    {
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

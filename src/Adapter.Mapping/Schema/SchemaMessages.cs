using Adapter.Mapping.Reading;
using NJsonSchema;
using NJsonSchema.Validation;
using YamlDotNet.RepresentationModel;

namespace Adapter.Mapping.Schema;

/// <summary>Sentences for schema violations, written for the analysts who edit mapping files.</summary>
internal static class SchemaMessages
{
    /// <summary>The sentence for one violation; null for the container errors whose inner errors are reported instead.</summary>
    public static string? For(ValidationError error, YamlNode node)
    {
        var name = Name(error);
        var schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"'{error.Property}' is missing here; {Lower(Describe(schema, error.Property))}",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"'{error.Property}' is not a key allowed here{Allowed(error)}",
            ValidationErrorKind.NotInEnumeration => $"{name} is '{Text(node)}', which is not one of: {string.Join(", ", schema?.Enumeration.Select(value => value?.ToString()) ?? [])}.",
            ValidationErrorKind.PatternMismatch => $"{name} '{Text(node)}' is not written as expected: {Lower(schema?.Description ?? Parent(schema)?.Description ?? $"it must match {schema?.Pattern}")}",
            ValidationErrorKind.StringExpected => $"{name} must be text.",
            ValidationErrorKind.BooleanExpected => $"{name} must be true or false.",
            ValidationErrorKind.ObjectExpected => $"{name} must be a block of keys.",
            ValidationErrorKind.ArrayExpected => $"{name} must be a list ('- ' items).",
            ValidationErrorKind.StringTooShort => $"{name} is empty.",
            ValidationErrorKind.TooFewItems => $"{name} needs at least one item.",
            ValidationErrorKind.TooFewProperties => $"{name} needs at least one entry.",
            ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf => $"{name} does not have a form allowed here: {Lower(schema?.Description ?? "see docs/mapping-guide.md")}",
            ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid => null,
            _ => $"{name} is not valid here ({error.Kind}).",
        };
    }

    private static string Name(ValidationError error) =>
        error.Property is { Length: > 0 } property ? $"'{property}'" : "This value";

    private static string Text(YamlNode node) => node is YamlScalarNode { Value: { } value } ? value : node.ToString();

    private static string Allowed(ValidationError error)
    {
        var owner = error.Schema?.ActualSchema;
        var keys = owner?.ActualProperties.Keys.ToList() ?? [];
        if (keys.Count == 0 || error.Property is null)
        {
            return ".";
        }

        var closest = keys.OrderBy(key => Suggestions.Distance(key, error.Property)).First();
        var hint = Suggestions.Distance(closest, error.Property) <= 2 ? $"; did you mean '{closest}'?" : ".";
        return $" (allowed: {string.Join(", ", keys)}){hint}";
    }

    private static string Describe(JsonSchema? schema, string? property) =>
        property is not null && schema?.ActualSchema.ActualProperties.TryGetValue(property, out var child) == true && child.Description is { } description
            ? description
            : "it is required.";

    private static JsonSchema? Parent(JsonSchema? schema) => schema?.Parent as JsonSchema;

    private static string Lower(string sentence) =>
        sentence.Length > 1 && char.IsUpper(sentence[0]) && !char.IsUpper(sentence[1]) ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
}

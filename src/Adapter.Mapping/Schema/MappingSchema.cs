using Adapter.Mapping.Documents;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Adapter.Mapping.Schema;

/// <summary>
/// Checks a mapping file against <c>mappings/mapping.schema.json</c> (the schema editors use, built
/// into this assembly), and says each violation in a sentence at its YAML position.
/// </summary>
internal sealed class MappingSchema
{
    private const string ResourceName = "mapping.schema.json";

    private readonly JsonSchema _schema;

    private MappingSchema(JsonSchema schema) => _schema = schema;

    // Text first: static initializers run in declaration order.
    /// <summary>The schema text, as written to <c>mappings/mapping.schema.json</c>.</summary>
    public static string Text { get; } = ReadResource();

    /// <summary>The schema built into this assembly, which the build takes from <c>mappings/mapping.schema.json</c>.</summary>
    public static MappingSchema Embedded { get; } = Load();

    /// <summary>Adds one error per schema violation in <paramref name="document"/>.</summary>
    public void Validate(MappingDocument document, List<MappingError> errors)
    {
        if (document.Root is null)
        {
            errors.Add(new MappingError(document.Start, "The file is empty; a mapping needs at least partner, kind, accept and operations."));
            return;
        }

        var projection = JsonProjection.Of(document.Root);
        var seen = new HashSet<(int, int, string)>();
        foreach (var error in Flatten(_schema.Validate(projection.Json)))
        {
            var node = projection.NodeAt(error.LineNumber) ?? document.Root;
            var value = projection.ValueAt(error.LineNumber) ?? node;
            // A wrong value is shown where the value is; a wrong or missing key where the key is.
            var aboutValue = error.Kind is ValidationErrorKind.NotInEnumeration or ValidationErrorKind.PatternMismatch or ValidationErrorKind.StringExpected
                or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected or ValidationErrorKind.StringTooShort;
            var position = document.PositionOf(aboutValue ? value : node);
            var message = SchemaMessages.For(error, value);
            if (message is not null && seen.Add((position.Line, position.Column, message)))
            {
                errors.Add(new MappingError(position, message));
            }
        }
    }

    // A value that fits none of a oneOf's forms is one problem, not one per form.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors.OrderBy(error => error.LineNumber).ThenBy(error => error.LinePosition))
        {
            if (error is ChildSchemaValidationError child && error.Kind is not ValidationErrorKind.NotOneOf and not ValidationErrorKind.NotAnyOf)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(pair => pair.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static MappingSchema Load() => new(JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult());

    private static string ReadResource()
    {
        using var stream = typeof(MappingSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

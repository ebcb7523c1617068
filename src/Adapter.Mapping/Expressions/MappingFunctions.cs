using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Adapter.Hl7v2.Paths;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using Hl7.FhirPath;
using Hl7.FhirPath.Expressions;

namespace Adapter.Mapping.Expressions;

/// <summary>
/// The functions analysts need beyond FHIRPath, added to the symbol table the expressions compile
/// against: <c>v2('PID-13[2].4')</c>, <c>lookup('table', value)</c>, <c>coalesce(a, b[, c])</c>,
/// <c>formatDate(value, 'yyyy-MM-dd')</c> and <c>base64(value)</c>.
/// </summary>
internal static class MappingFunctions
{
    /// <summary>How each function is called, for messages that say how.</summary>
    public static readonly IReadOnlyDictionary<string, string> Usage = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["v2"] = "v2(path)",
        ["lookup"] = "lookup(table, value)",
        ["formatDate"] = "formatDate(value, format)",
        ["base64"] = "base64(value)",
        ["display"] = "value.display()",
        ["displayAll"] = "values.displayAll(separator)",
    };

    // v2 paths are few (those written in mapping files) and parsed once each.
    private static readonly ConcurrentDictionary<string, Hl7Path?> Paths = new(StringComparer.Ordinal);

    public static SymbolTable AddTo(SymbolTable symbols)
    {
        symbols.Add("v2", (object _, string path, EvaluationContext context) => V2(path, context), doNullProp: true);
        symbols.Add("lookup", (object _, string table, object value, EvaluationContext context) => ScalarText(value) is { } code ? Lookup(table, code, context) : null, doNullProp: true);
        symbols.Add("formatDate", (object _, object value, string format) => ScalarText(value) is { } text ? FormatDate(text, format) : null, doNullProp: true);
        symbols.Add("display", (object value) => ValueText.Of(value), doNullProp: true);
        symbols.Add("displayAll", (IEnumerable<PocoNode> values, string separator) => DisplayAll(values, separator), doNullProp: true);
        symbols.Add("base64", (object _, object value) => ScalarText(value) is { } text ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : null, doNullProp: true);
        return symbols;
    }

    /// <summary>Whether <paramref name="path"/> is a v2 path the function can read.</summary>
    public static bool IsV2Path(string path) => Path(path) is not null;

    private static string? V2(string path, EvaluationContext context) =>
        context is MappingEvaluationContext { Message: { } message } && Path(path) is { } parsed && parsed.Select(message) is { HasValue: true } element
            ? element.Value
            : null;

    private static Hl7Path? Path(string text) => Paths.GetOrAdd(text, static text => Hl7Path.TryParse(text, out var path) ? path : null);

    private static string? Lookup(string table, string value, EvaluationContext context) =>
        context is MappingEvaluationContext mapping ? mapping.Lookups.Find(table)?.Find(value) : null;

    // One call for a whole collection: the SDK's select() costs microseconds per item, too much
    // for the twenty results of a panel.
    private static string? DisplayAll(IEnumerable<PocoNode> values, string separator)
    {
        var lines = values.Select(ValueText.Of).OfType<string>().ToList();
        return lines.Count == 0 ? null : string.Join(separator, lines);
    }

    // Arguments typed object arrive as the SDK gives them: a value node, or a collection of them
    // (a function's result); the first value's FHIR text is what dates are read from.
    private static string? ScalarText(object? value) => value switch
    {
        null => null,
        string text => text,
        ITypedElement { Value: { } primitive } => primitive.ToString(),

        // A node is itself enumerable (it yields itself): only a real collection is looked into.
        ITypedElement => null,
        IEnumerable<object> collection => collection.Select(ScalarText).FirstOrDefault(text => text is not null),
        _ => null,
    };

    // FHIR dates keep their precision: a year-only date formatted with a day pattern is left out
    // rather than invented.
    private static string? FormatDate(string value, string format)
    {
        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        string[] layouts = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];
        return DateTimeOffset.TryParseExact(value, layouts, CultureInfo.InvariantCulture, styles, out var parsed)
            ? parsed.ToString(format, CultureInfo.InvariantCulture)
            : null;
    }
}

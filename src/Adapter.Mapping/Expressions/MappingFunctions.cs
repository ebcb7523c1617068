using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Adapter.Hl7v2.Paths;
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
    /// <summary>The names, for messages that list what may be called.</summary>
    public static readonly IReadOnlyList<string> Names = ["v2", "lookup", "formatDate", "base64"];

    // v2 paths are few (those written in mapping files) and parsed once each.
    private static readonly ConcurrentDictionary<string, Hl7Path?> Paths = new(StringComparer.Ordinal);

    public static SymbolTable AddTo(SymbolTable symbols)
    {
        symbols.Add("v2", (object _, string path, EvaluationContext context) => V2(path, context), doNullProp: true);
        symbols.Add("lookup", (object _, string table, string value, EvaluationContext context) => Lookup(table, value, context), doNullProp: true);
        symbols.Add("formatDate", (object _, string value, string format) => FormatDate(value, format), doNullProp: true);
        symbols.Add("base64", (object _, string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value)), doNullProp: true);
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

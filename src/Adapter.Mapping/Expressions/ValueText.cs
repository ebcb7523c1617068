using System.Globalization;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;

namespace Adapter.Mapping.Expressions;

/// <summary>
/// A FHIR value as a person reads it, for <c>display()</c>: <c>&gt;60 mL/min</c>, <c>Reactive</c>,
/// <c>16:1</c>, <c>3.5–5.1 mmol/L</c>; an Observation as one result line, <c>Potassium: 3.3 mmol/L [L]</c>
/// (the flag left out when normal). A unit that is only a UCUM annotation, such as <c>{ratio}</c>,
/// is left out: it says what a number is, not a unit a reader needs.
/// </summary>
internal static class ValueText
{
    public static string? Of(object? value) => value switch
    {
        null => null,
        PocoNode node => Of(node.Poco),
        ITypedElement { Value: { } primitive } => primitive.ToString(),

        // A node is itself enumerable (it yields itself): only a real collection is looked into.
        ITypedElement => null,
        IEnumerable<object> collection => collection.Select(Of).FirstOrDefault(text => text is not null),
        Observation observation => OfObservation(observation),
        Quantity quantity => OfQuantity(quantity),
        CodeableConcept concept => concept.Text ?? concept.Coding.Select(OfCoding).FirstOrDefault(text => text is not null),
        Coding coding => OfCoding(coding),
        Ratio ratio => Join(Of(ratio.Numerator), ":", Of(ratio.Denominator)),
        Hl7.Fhir.Model.Range range => OfRange(range),
        Period period => Join(period.Start, "–", period.End),
        HumanName name => name.Text ?? Join(string.Join(' ', name.Given), " ", name.Family),
        Attachment attachment => attachment.Title ?? attachment.Url ?? attachment.ContentType,
        PrimitiveType primitive => primitive.ToString(),
        _ => null,
    };

    private static string? OfCoding(Coding coding) => coding.Display ?? coding.Code;

    // "3.5–5.1 mmol/L" when both ends share a unit, each with its own otherwise.
    private static string? OfRange(Hl7.Fhir.Model.Range range)
    {
        if (range.Low is { Value: { } low, Comparator: null } && range.High is { Value: { } high, Comparator: null } && (range.Low.Unit ?? range.Low.Code) == (range.High.Unit ?? range.High.Code))
        {
            var unit = Unit(range.High);
            return low.ToString(CultureInfo.InvariantCulture) + "–" + high.ToString(CultureInfo.InvariantCulture) + unit;
        }

        return Join(Of(range.Low), "–", Of(range.High));
    }

    // A unit that is only a UCUM annotation ({ratio}) says what the number is, not a unit: left out.
    private static string Unit(Quantity quantity) =>
        (quantity.Unit ?? quantity.Code) is { } unit && !(unit.StartsWith('{') && unit.EndsWith('}')) ? " " + unit : string.Empty;

    // "Potassium: 3.3 mmol/L [L]": the name, the value (or each component's), the flag.
    private static string? OfObservation(Observation observation)
    {
        var value = Of(observation.Value)
            ?? (observation.Component.Count > 0 ? string.Join("; ", observation.Component.Select(component => Join(Of(component.Code), ": ", Of(component.Value)))) : null);
        var flag = observation.Interpretation.SelectMany(concept => concept.Coding).Select(coding => coding.Code).FirstOrDefault(code => code is not null and not "N");
        var line = Join(Of(observation.Code), ": ", value);
        return flag is null || line is null ? line : $"{line} [{flag}]";
    }

    private static string? OfQuantity(Quantity quantity)
    {
        if (quantity.Value is not { } number)
        {
            return null;
        }

        var comparator = quantity.Comparator switch
        {
            Quantity.QuantityComparator.LessThan => "<",
            Quantity.QuantityComparator.LessOrEqual => "<=",
            Quantity.QuantityComparator.GreaterOrEqual => ">=",
            Quantity.QuantityComparator.GreaterThan => ">",
            _ => string.Empty,
        };
        return comparator + number.ToString(CultureInfo.InvariantCulture) + Unit(quantity);
    }

    private static string? Join(string? first, string separator, string? second) =>
        (first, second) switch
        {
            (null, null) => null,
            (null, _) => separator.Trim() + second,
            (_, null) => first,
            _ => first + separator + second,
        };
}

using System.Globalization;
using System.Text.RegularExpressions;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>
/// OBX-7 to referenceRange: the text always (as the IG maps it), and low/high in OBX-6's units
/// when the text is <c>3.5-5.0</c>, <c>&lt;5</c> or <c>&gt;60</c>.
/// </summary>
internal static partial class ReferenceRanges
{
    public static Observation.ReferenceRangeComponent? From(Hl7Element range, Hl7Element units)
    {
        if (range.Text() is not { } text)
        {
            return null;
        }

        var component = new Observation.ReferenceRangeComponent { Text = text };
        if (Between().Match(text) is { Success: true } between)
        {
            component.Low = Bound(between.Groups["low"].Value, units);
            component.High = Bound(between.Groups["high"].Value, units);
        }
        else if (Below().Match(text) is { Success: true } below)
        {
            component.High = Bound(below.Groups["high"].Value, units);
        }
        else if (Above().Match(text) is { Success: true } above)
        {
            component.Low = Bound(above.Groups["low"].Value, units);
        }

        return component;
    }

    // A bound is a SimpleQuantity: value and units, no comparator.
    private static Quantity Bound(string number, Hl7Element units)
    {
        var quantity = Quantities.Of(decimal.Parse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), units);
        return quantity;
    }

    [GeneratedRegex(@"^\s*(?<low>-?\d+(\.\d+)?)\s*-\s*(?<high>-?\d+(\.\d+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    [GeneratedRegex(@"^\s*<=?\s*(?<high>-?\d+(\.\d+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Below();

    [GeneratedRegex(@"^\s*>=?\s*(?<low>-?\d+(\.\d+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Above();
}

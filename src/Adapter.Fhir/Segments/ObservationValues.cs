using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>
/// One OBX-5 value to Observation.value[x] by its type in OBX-2, after the IG's OBX[Observation]
/// rows. What does not fit its type is kept as text with a warning, never dropped.
/// </summary>
internal static class ObservationValues
{
    public static DataType? Read(ConversionContext context, SourceSegment obx, string? type, Hl7Element value, int repetition)
    {
        if (!value.HasValue)
        {
            return null;
        }

        var location = obx.At(5, repetition);
        switch (type?.ToUpperInvariant())
        {
            case "NM":
                return Number(context, obx, value, location);
            case "SN":
                return StructuredNumber(context, obx, value, location);
            case "ST" or "TX" or "FT":
                return new FhirString(value.Value);
            case "CWE" or "CE" or "CNE" or "CF":
                return CodedValues.Concept(value);
            case "IS" or "ID":
                return new CodeableConcept { Coding = [new Coding { Code = value.Value }] };
            case "DT" or "DTM" or "TS":
                return FhirDates.DateTime(context, value, location);
            case "TM":
                return Time(context, value, location);
            case "CQ":
                return (DataType?)Quantities.FromCq(value) ?? Text(context, value, location, "Not a valid CQ quantity; kept as text.");
            case "NR":
                return NumericRange(value);
            case "DR":
                return DateRange(context, value, location);
            default:
                return Text(context, value, location, type is null ? "No value type (OBX-2) was sent; kept as text." : "The value type in OBX-2 has no FHIR value type; kept as text.");
        }
    }

    private static DataType Number(ConversionContext context, SourceSegment obx, Hl7Element value, Hl7v2.Validation.Hl7Location location)
    {
        var number = Hl7Number.Read(value);
        return number.Value is { } parsed
            ? Quantities.Of(parsed, obx.Field(6))
            : Text(context, value, location, "Not a valid NM number; kept as text.");
    }

    private static DataType StructuredNumber(ConversionContext context, SourceSegment obx, Hl7Element value, Hl7v2.Validation.Hl7Location location)
    {
        if (!StructuredNumeric.TryRead(value, out var sn) || sn is null || sn.Comparator == "<>")
        {
            return Text(context, value, location, "Not an SN value FHIR can hold; kept as text.");
        }

        var units = obx.Field(6);
        switch (sn.Separator)
        {
            case "-" when sn.Number1 is not null || sn.Number2 is not null:
                return new Hl7.Fhir.Model.Range
                {
                    Low = sn.Number1 is { } low ? Quantities.Of(low, units) : null,
                    High = sn.Number2 is { } high ? Quantities.Of(high, units) : null,
                };
            case ":" or "/" when sn.Number1 is { } numerator && sn.Number2 is { } denominator:
                var ratio = new Ratio { Numerator = Quantities.Of(numerator, units), Denominator = Quantities.Of(denominator, units) };
                ratio.Numerator.Comparator = Comparator(sn.Comparator);
                return ratio;
            case null when sn.Number1 is { } number:
                var quantity = Quantities.Of(number, units);
                quantity.Comparator = Comparator(sn.Comparator);
                return quantity;
            default:
                // "2+" (a category) and "1.2" as separate parts: the IG keeps these as a string.
                return new FhirString(string.Concat(Enumerable.Range(1, 4).Select(part => value.FirstRepetition().TextOf(part))));
        }
    }

    private static Quantity.QuantityComparator? Comparator(string? comparator) => comparator switch
    {
        "<" => Quantity.QuantityComparator.LessThan,
        "<=" => Quantity.QuantityComparator.LessOrEqual,
        ">" => Quantity.QuantityComparator.GreaterThan,
        ">=" => Quantity.QuantityComparator.GreaterOrEqual,
        _ => null,
    };

    private static DataType? Time(ConversionContext context, Hl7Element value, Hl7v2.Validation.Hl7Location location)
    {
        var text = value.FirstRepetition().Part(1).Value;
        // TM is HH[MM[SS[.S...]]]; the date in front lets the DTM reader check it.
        if (text.Length >= 2 && Hl7DateTime.TryParse("20000101" + text, out var parsed))
        {
            return new Time(parsed.Value.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        }

        return Text(context, value, location, "Not a valid TM time; kept as text.");
    }

    private static DataType? NumericRange(Hl7Element value)
    {
        var nr = value.FirstRepetition();
        var low = Hl7Number.TryParse(nr.TextOf(1) ?? string.Empty, out var l) ? new Quantity { Value = l } : null;
        var high = Hl7Number.TryParse(nr.TextOf(2) ?? string.Empty, out var h) ? new Quantity { Value = h } : null;
        return low is null && high is null ? null : new Hl7.Fhir.Model.Range { Low = low, High = high };
    }

    private static DataType? DateRange(ConversionContext context, Hl7Element value, Hl7v2.Validation.Hl7Location location)
    {
        var dr = value.FirstRepetition();
        var period = new Period
        {
            StartElement = FhirDates.DateTime(context, dr.Part(1), location),
            EndElement = FhirDates.DateTime(context, dr.Part(2), location),
        };
        return period.StartElement is null && period.EndElement is null ? null : period;
    }

    private static FhirString Text(ConversionContext context, Hl7Element value, Hl7v2.Validation.Hl7Location location, string warning)
    {
        context.Issues.Warn(location, warning);
        return new FhirString(value.Value);
    }
}

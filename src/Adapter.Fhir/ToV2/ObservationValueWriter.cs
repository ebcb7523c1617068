using System.Globalization;
using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>
/// An Observation value as OBX-2 and OBX-5 (with units in OBX-6): Quantity as NM (SN when it has
/// a comparator), Range and Ratio as SN, CodeableConcept as CWE, text as ST (TX when it has
/// several lines), dateTime as DTM, time as TM, Period as DR.
/// </summary>
internal static class ObservationValueWriter
{
    /// <summary>The OBX-2 type for a value; null when the value cannot be written.</summary>
    public static string? TypeOf(DataType? value) => value switch
    {
        Quantity { Comparator: not null } => "SN",
        Quantity => "NM",
        Hl7.Fhir.Model.Range or Ratio => "SN",
        CodeableConcept => "CWE",
        FhirString text when text.Value?.Contains('\n', StringComparison.Ordinal) == true || text.Value?.Length > 199 => "TX",
        FhirString => "ST",
        FhirDateTime => "DTM",
        Time => "TM",
        Period => "DR",
        FhirBoolean or Integer => "ST",
        _ => null,
    };

    /// <summary>Writes one value into OBX-5 repetition <paramref name="repetition"/> and its units into OBX-6.</summary>
    public static void Write(Hl7v2.Building.Hl7SegmentBuilder obx, DataType value, int repetition)
    {
        var field = new FieldWriter(obx, 5, repetition);
        switch (value)
        {
            case Quantity { Comparator: { } comparator } quantity:
                field.Component(1, Comparator(comparator)).Component(2, Number(quantity.Value));
                Units(obx, quantity);
                break;
            case Quantity quantity:
                field.Component(1, Number(quantity.Value));
                Units(obx, quantity);
                break;
            case Hl7.Fhir.Model.Range range:
                field.Component(2, Number(range.Low?.Value)).Component(3, "-").Component(4, Number(range.High?.Value));
                Units(obx, range.Low ?? range.High);
                break;
            case Ratio ratio:
                field.Component(1, ratio.Numerator?.Comparator is { } c ? Comparator(c) : null)
                    .Component(2, Number(ratio.Numerator?.Value)).Component(3, ":").Component(4, Number(ratio.Denominator?.Value));
                Units(obx, ratio.Numerator);
                break;
            case CodeableConcept concept:
                V2Datatypes.Cwe(field, concept);
                break;
            case FhirString text:
                WriteText(obx, text.Value ?? string.Empty, repetition);
                break;
            case FhirDateTime dateTime:
                field.Component(1, V2Dates.FromFhir(dateTime.Value));
                break;
            case Time time:
                field.Component(1, time.Value?.Replace(":", string.Empty, StringComparison.Ordinal));
                break;
            case Period period:
                field.Component(1, V2Dates.FromFhir(period.Start)).Component(2, V2Dates.FromFhir(period.End));
                break;
            case FhirBoolean flag:
                field.Component(1, flag.Value == true ? "true" : "false");
                break;
            case Integer integer:
                field.Component(1, integer.Value?.ToString(CultureInfo.InvariantCulture));
                break;
        }
    }

    // TX lines are repetitions of OBX-5, as the inbound conversion reads them.
    private static void WriteText(Hl7v2.Building.Hl7SegmentBuilder obx, string text, int repetition)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            obx.Set(5, repetition + i, 1, 1, lines[i].TrimEnd('\r'));
        }
    }

    private static void Units(Hl7v2.Building.Hl7SegmentBuilder obx, Quantity? quantity)
    {
        if (quantity is null || (quantity.Unit ?? quantity.Code) is null)
        {
            return;
        }

        var units = new FieldWriter(obx, 6);
        if (quantity.Code is { } code && quantity.System is { } system)
        {
            units.Component(1, code).Component(2, quantity.Unit ?? code).Component(3, CodingSystems.NameOf(system) ?? system);
        }
        else
        {
            units.Component(1, quantity.Unit ?? quantity.Code);
        }
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Comparator(Quantity.QuantityComparator comparator) => comparator switch
    {
        Quantity.QuantityComparator.LessThan => "<",
        Quantity.QuantityComparator.LessOrEqual => "<=",
        Quantity.QuantityComparator.GreaterThan => ">",
        _ => ">=",
    };
}

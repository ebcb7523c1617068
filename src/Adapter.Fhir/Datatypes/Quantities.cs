using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>
/// Quantities with their units: OBX-6 (CWE) gives the unit text, and the UCUM code and system when
/// the units are sent as UCUM, as the IG's CWE[Quantity] map does.
/// </summary>
internal static class Quantities
{
    public static Quantity Of(decimal value, Hl7Element units)
    {
        var quantity = new Quantity { Value = value };
        ApplyUnits(quantity, units);
        return quantity;
    }

    public static void ApplyUnits(Quantity quantity, Hl7Element units)
    {
        var cwe = units.FirstRepetition();
        if (!cwe.HasValue)
        {
            return;
        }

        var code = cwe.TextOf(1);
        quantity.Unit = cwe.TextOf(2) ?? code;
        if (code is not null && cwe.TextOf(3) is { } system)
        {
            quantity.System = CodingSystems.UriOf(system);
            quantity.Code = code;
        }
        else if (cwe.TextOf(4) is { } alternate && string.Equals(cwe.TextOf(6), "UCUM", StringComparison.OrdinalIgnoreCase))
        {
            quantity.System = CodingSystems.Ucum;
            quantity.Code = alternate;
        }
    }

    /// <summary>CQ (quantity and units, as in SPM-12 or OBR-9): the unit as text only.</summary>
    public static Quantity? FromCq(Hl7Element element)
    {
        var cq = element.FirstRepetition();
        if (!Hl7Number.TryParse(cq.TextOf(1) ?? string.Empty, out var value))
        {
            return null;
        }

        var units = cq.Part(2);
        return new Quantity { Value = value, Unit = units.Part(2).Text() ?? units.Part(1).Text() };
    }
}

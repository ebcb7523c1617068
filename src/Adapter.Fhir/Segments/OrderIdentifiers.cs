using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>Placer (ORC-2, else OBR-2) and filler (ORC-3, else OBR-3) order numbers as typed identifiers.</summary>
internal static class OrderIdentifiers
{
    public static void Apply(ConversionContext context, SourceSegment? orc, SourceSegment? obr, List<Identifier> identifiers)
    {
        Add(context, orc, obr, 2, Identifiers.PlacerType, identifiers);
        Add(context, orc, obr, 3, Identifiers.FillerType, identifiers);
    }

    /// <summary>The identifier of the given type (PLAC or FILL), else the other one.</summary>
    public static Identifier? Preferred(List<Identifier> identifiers, string type) =>
        identifiers.FirstOrDefault(id => id.Type?.Coding.FirstOrDefault()?.Code == type) ?? identifiers.FirstOrDefault();

    private static void Add(ConversionContext context, SourceSegment? orc, SourceSegment? obr, int field, string type, List<Identifier> identifiers)
    {
        var fromOrc = orc is { } c ? Identifiers.FromEi(context, c.Field(field), type) : null;
        if ((fromOrc ?? (obr is { } o ? Identifiers.FromEi(context, o.Field(field), type) : null)) is { } identifier)
        {
            identifiers.Add(identifier);
        }
    }
}

using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>PL: where a patient is (point of care, room, bed, facility, building, floor).</summary>
public sealed record PersonLocation(
    string? PointOfCare,
    string? Room,
    string? Bed,
    HierarchicDesignator? Facility,
    string? LocationStatus,
    string? PersonLocationType,
    string? Building,
    string? Floor,
    string? Description)
{
    public static PersonLocation? Read(Hl7Element element)
    {
        var pl = element.FirstRepetition();
        return pl.HasValue
            ? new PersonLocation(pl.TextOf(1), pl.TextOf(2), pl.TextOf(3), HierarchicDesignator.Read(pl.Part(4)), pl.TextOf(5), pl.TextOf(6), pl.TextOf(7), pl.TextOf(8), pl.TextOf(9))
            : null;
    }
}

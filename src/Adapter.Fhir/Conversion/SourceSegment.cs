using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Validation;

namespace Adapter.Fhir.Conversion;

/// <summary>A segment and its occurrence among segments of its id, so warnings can name <c>OBX[3]-5</c>.</summary>
internal readonly record struct SourceSegment(Hl7Segment Segment, int Occurrence)
{
    public string Id => Segment.Id;

    public Hl7Element Field(int number) => Segment.Field(number);

    public Hl7Location At(int field, int? repetition = null, int? component = null) =>
        new(Segment.Id, Occurrence, field, repetition, component);
}

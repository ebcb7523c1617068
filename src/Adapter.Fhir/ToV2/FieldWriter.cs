using Adapter.Hl7v2.Building;

namespace Adapter.Fhir.ToV2;

/// <summary>Writes the components of one repetition of one field; values are escaped by the segment builder.</summary>
internal readonly record struct FieldWriter(Hl7SegmentBuilder Segment, int Field, int Repetition = 1)
{
    public FieldWriter Component(int component, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Segment.Set(Field, Repetition, component, 1, value);
        }

        return this;
    }

    public FieldWriter Subcomponent(int component, int subcomponent, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Segment.Set(Field, Repetition, component, subcomponent, value);
        }

        return this;
    }

    /// <summary>The writer for the next free repetition of this field.</summary>
    public static FieldWriter Next(Hl7SegmentBuilder segment, int field, ref int count) => new(segment, field, ++count);
}

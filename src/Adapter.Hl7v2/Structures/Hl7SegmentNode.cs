using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Structures;

/// <summary>A segment in its group.</summary>
public sealed class Hl7SegmentNode : Hl7Node
{
    internal Hl7SegmentNode(Hl7Segment segment, bool isUnexpected)
    {
        Segment = segment;
        IsUnexpected = isUnexpected;
    }

    public Hl7Segment Segment { get; }

    /// <summary>
    /// True for a segment the structure has no place for here (a Z-segment, or one out of order). It
    /// stays where it was sent, in the group that was open when it came.
    /// </summary>
    public bool IsUnexpected { get; }
}

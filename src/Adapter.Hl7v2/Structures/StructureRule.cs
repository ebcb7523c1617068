namespace Adapter.Hl7v2.Structures;

/// <summary>One element of an abstract message syntax: a segment, a choice of segments, or a group.</summary>
internal abstract record StructureRule(bool Optional, bool Repeating)
{
    /// <summary>True when a segment with this id can begin this element.</summary>
    public abstract bool CanStartWith(string segmentId);
}

internal sealed record SegmentRule(string Id, bool Optional, bool Repeating) : StructureRule(Optional, Repeating)
{
    public override bool CanStartWith(string segmentId) => segmentId == Id;
}

/// <summary>One of several segments, as ORM_O01's ORDER_DETAIL begins with OBR, RQD, RQ1, RXO, ODS or ODT.</summary>
internal sealed record ChoiceRule(IReadOnlyList<string> Ids, bool Optional) : StructureRule(Optional, false)
{
    public override bool CanStartWith(string segmentId) => Ids.Contains(segmentId);
}

internal sealed record GroupRule(string Name, bool Optional, bool Repeating, IReadOnlyList<StructureRule> Children)
    : StructureRule(Optional, Repeating)
{
    /// <summary>A group starts with any child up to and including its first required one.</summary>
    public override bool CanStartWith(string segmentId)
    {
        foreach (var child in Children)
        {
            if (child.CanStartWith(segmentId))
            {
                return true;
            }

            if (!child.Optional)
            {
                return false;
            }
        }

        return false;
    }
}

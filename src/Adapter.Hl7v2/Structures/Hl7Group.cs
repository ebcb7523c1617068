using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Structures;

/// <summary>A group of a message structure (PATIENT_RESULT, ORDER_OBSERVATION, ...) or the message itself.</summary>
public sealed class Hl7Group : Hl7Node
{
    private readonly List<Hl7Node> _children = [];

    internal Hl7Group(string name) => Name = name;

    /// <summary>The group name as the standard gives it; the root carries the structure id (<c>ORU_R01</c>).</summary>
    public string Name { get; }

    /// <summary>Segments and groups in the order they were sent.</summary>
    public IReadOnlyList<Hl7Node> Children => _children;

    /// <summary>The n-th group (1-based) with this name among the descendants, in message order.</summary>
    public Hl7Group? FindGroup(string name, int occurrence = 1)
    {
        var seen = 0;
        foreach (var group in Descendants<Hl7Group>())
        {
            if (group.Name == name && ++seen == occurrence)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>The n-th segment (1-based) with this id within the group, in message order.</summary>
    public Hl7Segment FindSegment(ReadOnlySpan<char> id, int occurrence = 1)
    {
        var seen = 0;
        foreach (var node in Descendants<Hl7SegmentNode>())
        {
            if (node.Segment.Is(id) && ++seen == occurrence)
            {
                return node.Segment;
            }
        }

        return default;
    }

    /// <summary>Every segment within the group, in message order.</summary>
    public IEnumerable<Hl7Segment> Segments() => Descendants<Hl7SegmentNode>().Select(node => node.Segment);

    /// <summary>The groups directly inside this one with the given name.</summary>
    public IEnumerable<Hl7Group> Groups(string name) => _children.OfType<Hl7Group>().Where(group => group.Name == name);

    internal void Add(Hl7Node node) => _children.Add(node);

    private IEnumerable<T> Descendants<T>()
        where T : Hl7Node
    {
        foreach (var child in _children)
        {
            if (child is T match)
            {
                yield return match;
            }

            if (child is Hl7Group group)
            {
                foreach (var inner in group.Descendants<T>())
                {
                    yield return inner;
                }
            }
        }
    }
}

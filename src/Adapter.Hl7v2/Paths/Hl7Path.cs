using System.Globalization;
using System.Text;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Paths;

/// <summary>
/// A compiled path to a value: <c>PID-3.1</c>, <c>PID-3[2].1</c>, <c>OBX[3]-5</c>, <c>OBR-32.1.2</c>,
/// or through groups, <c>ORDER_OBSERVATION[2]/OBSERVATION[1]/OBX-5</c>. Occurrences and repetitions
/// default to 1; without a component the path means the whole repetition. Parse once, select often.
/// </summary>
public sealed class Hl7Path
{
    internal Hl7Path(IReadOnlyList<Hl7PathStep> groups, string segmentId, int segmentOccurrence, int field, int repetition, int? component, int? subcomponent)
    {
        Groups = groups;
        SegmentId = segmentId;
        SegmentOccurrence = segmentOccurrence;
        Field = field;
        Repetition = repetition;
        Component = component;
        Subcomponent = subcomponent;
    }

    public IReadOnlyList<Hl7PathStep> Groups { get; }

    public string SegmentId { get; }

    public int SegmentOccurrence { get; }

    public int Field { get; }

    public int Repetition { get; }

    public int? Component { get; }

    public int? Subcomponent { get; }

    /// <summary>Reads a path; throws <see cref="FormatException"/> naming the column that is wrong.</summary>
    public static Hl7Path Parse(string text) => Hl7PathParser.Parse(text);

    public static bool TryParse(string text, out Hl7Path? path)
    {
        try
        {
            path = Hl7PathParser.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            path = null;
            return false;
        }
    }

    /// <summary>The element the path points to in <paramref name="message"/>; empty when absent.</summary>
    public Hl7Element Select(Hl7Message message)
    {
        var segment = FindSegment(message);
        if (!segment.Exists)
        {
            return default;
        }

        var element = segment.Field(Field).Repetition(Repetition);
        if (Component is { } component)
        {
            element = element.Component(component);
            if (Subcomponent is { } subcomponent)
            {
                element = element.Part(subcomponent);
            }
        }

        return element;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var step in Groups)
        {
            text.Append(step.Group);
            AppendIndex(text, step.Occurrence);
            text.Append('/');
        }

        text.Append(SegmentId);
        AppendIndex(text, SegmentOccurrence);
        text.Append(CultureInfo.InvariantCulture, $"-{Field}");
        AppendIndex(text, Repetition);
        if (Component is { } component)
        {
            text.Append(CultureInfo.InvariantCulture, $".{component}");
        }

        if (Subcomponent is { } subcomponent)
        {
            text.Append(CultureInfo.InvariantCulture, $".{subcomponent}");
        }

        return text.ToString();
    }

    private static void AppendIndex(StringBuilder text, int index)
    {
        if (index != 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{index}]");
        }
    }

    private Hl7Segment FindSegment(Hl7Message message)
    {
        if (Groups.Count == 0)
        {
            return message.TryFindSegment(SegmentId, SegmentOccurrence, out var found) ? found : default;
        }

        var group = message.Structure;
        foreach (var step in Groups)
        {
            group = group.FindGroup(step.Group, step.Occurrence);
            if (group is null)
            {
                return default;
            }
        }

        return group.FindSegment(SegmentId, SegmentOccurrence);
    }
}

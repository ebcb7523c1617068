using System.Text;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Structures;

namespace Adapter.Hl7v2.Inspection;

/// <summary>
/// Renders a message as a tree people can read: groups, segments, and each non-empty field with its
/// standard name, repetitions and components broken out. For analysts at a terminal; the output
/// contains message content, so it is never logged.
/// </summary>
public static class Hl7TreeWriter
{
    public static string Write(Hl7Message message)
    {
        var text = new StringBuilder();
        WriteGroup(message.Structure, text, depth: 0);
        return text.ToString();
    }

    private static void WriteGroup(Hl7Group group, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2).Append(group.Name).Append('\n');
        foreach (var child in group.Children)
        {
            switch (child)
            {
                case Hl7Group inner:
                    WriteGroup(inner, text, depth + 1);
                    break;
                case Hl7SegmentNode node:
                    WriteSegment(node, text, depth + 1);
                    break;
            }
        }
    }

    private static void WriteSegment(Hl7SegmentNode node, StringBuilder text, int depth)
    {
        var segment = node.Segment;
        var id = segment.Id;
        text.Append(' ', depth * 2).Append(id);
        if (node.IsUnexpected)
        {
            text.Append(id.StartsWith('Z') ? "  (Z-segment)" : "  (not expected here)");
        }

        text.Append('\n');
        for (var number = 1; number <= segment.FieldCount; number++)
        {
            var field = segment.Field(number);
            if (field.IsEmpty)
            {
                continue;
            }

            var name = SegmentFieldNames.Find(id, number);
            var label = name is null ? $"{id}-{number}" : $"{id}-{number} {name}";
            WriteField(field, label, text, depth + 1);
        }
    }

    private static void WriteField(Hl7Element field, string label, StringBuilder text, int depth)
    {
        var repeats = field.PartCount > 1;
        var r = 0;
        foreach (var repetition in field.Parts())
        {
            r++;
            var heading = repeats ? $"{label} [{r}]" : label;
            if (repetition.PartCount <= 1)
            {
                text.Append(' ', depth * 2).Append(heading).Append(": ").Append(Show(repetition)).Append('\n');
                continue;
            }

            text.Append(' ', depth * 2).Append(heading).Append('\n');
            var c = 0;
            foreach (var component in repetition.Parts())
            {
                c++;
                if (!component.IsEmpty)
                {
                    text.Append(' ', (depth + 1) * 2).Append('.').Append(c).Append(": ").Append(Show(component)).Append('\n');
                }
            }
        }
    }

    private static string Show(Hl7Element element) =>
        element.IsNull ? "\"\" (explicit null)" : element.Value.ReplaceLineEndings("\\n");
}

using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Structures;

/// <summary>
/// Groups a message's segments by its structure definition. It reads like a tolerant receiver: a
/// missing required segment is skipped, and a segment with no place where it comes (a Z-segment,
/// one out of order) stays there, in the group that was open, marked unexpected. Nothing is dropped.
/// </summary>
internal static class StructureMatcher
{
    public static Hl7Group Match(Hl7Message message)
    {
        var msh9 = message.Header.Field(9);
        var rule = MessageStructures.Find(msh9.Component(1).Value, msh9.Component(2).Value, msh9.Component(3).Value);
        if (rule is null)
        {
            return Flat(message, msh9);
        }

        var root = new Hl7Group(rule.Name);
        var stack = new List<Frame> { new(rule, root) };
        for (var i = 0; i < message.SegmentCount; i++)
        {
            var segment = message[i];
            if (!Place(stack, segment))
            {
                stack[^1].Group.Add(new Hl7SegmentNode(segment, isUnexpected: true));
            }
        }

        return root;
    }

    private static Hl7Group Flat(Hl7Message message, Hl7Element msh9)
    {
        var name = msh9.Component(3).HasValue ? msh9.Component(3).Value : $"{msh9.Component(1).Value}_{msh9.Component(2).Value}";
        var root = new Hl7Group(name);
        for (var i = 0; i < message.SegmentCount; i++)
        {
            root.Add(new Hl7SegmentNode(message[i], isUnexpected: false));
        }

        return root;
    }

    /// <summary>Finds the innermost open group that can take the segment next, closing groups on the way out.</summary>
    private static bool Place(List<Frame> stack, Hl7Segment segment)
    {
        var id = segment.Id;
        for (var depth = stack.Count - 1; depth >= 0; depth--)
        {
            var frame = stack[depth];
            if (TryPlaceAfterPosition(stack, depth, segment, id))
            {
                return true;
            }

            if (depth > 0 && frame.Rule.Repeating && frame.Rule.CanStartWith(id))
            {
                var parent = stack[depth - 1];
                stack.RemoveRange(depth, stack.Count - depth);
                var repeated = new Hl7Group(frame.Rule.Name);
                parent.Group.Add(repeated);
                stack.Add(new Frame(frame.Rule, repeated));
                return TryPlaceAfterPosition(stack, depth, segment, id);
            }
        }

        return false;
    }

    private static bool TryPlaceAfterPosition(List<Frame> stack, int depth, Hl7Segment segment, string id)
    {
        var frame = stack[depth];
        var children = frame.Rule.Children;
        for (var k = Math.Max(frame.Position, 0); k < children.Count; k++)
        {
            var child = children[k];
            var isCurrent = k == frame.Position;
            if ((isCurrent && (!child.Repeating || child is GroupRule)) || !child.CanStartWith(id))
            {
                continue;
            }

            stack.RemoveRange(depth + 1, stack.Count - depth - 1);
            frame.Position = k;
            if (child is GroupRule group)
            {
                var opened = new Hl7Group(group.Name);
                frame.Group.Add(opened);
                stack.Add(new Frame(group, opened));
                return TryPlaceAfterPosition(stack, depth + 1, segment, id);
            }

            frame.Group.Add(new Hl7SegmentNode(segment, isUnexpected: false));
            return true;
        }

        return false;
    }

    private sealed class Frame(GroupRule rule, Hl7Group group)
    {
        public GroupRule Rule { get; } = rule;

        public Hl7Group Group { get; } = group;

        /// <summary>The child rule last used; -1 before the first.</summary>
        public int Position { get; set; } = -1;
    }
}

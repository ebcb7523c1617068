using System.Buffers;

namespace Adapter.Hl7v2.Building;

/// <summary>
/// Writes built segments as ER7: the id, each field after a separator, CR after every segment. The
/// text is assembled once in a pooled buffer and transcoded in one call.
/// </summary>
internal static class Er7Writer
{
    public static string ToText(Hl7MessageBuilder message) =>
        Render(message, static (chars, length, _) => new string(chars, 0, length), (object?)null);

    public static byte[] ToBytes(Hl7MessageBuilder message, System.Text.Encoding encoding) =>
        Render(message, static (chars, length, target) => target.GetBytes(chars, 0, length), encoding);

    private static T Render<T, TState>(Hl7MessageBuilder message, Func<char[], int, TState, T> finish, TState state)
    {
        var chars = ArrayPool<char>.Shared.Rent(Length(message));
        try
        {
            return finish(chars, Fill(message, chars), state);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int Length(Hl7MessageBuilder message)
    {
        var length = 0;
        foreach (var segment in message.Segments)
        {
            length += 4 + segment.Fields.Count;
            foreach (var field in segment.Fields)
            {
                length += field.Length;
            }
        }

        return length;
    }

    private static int Fill(Hl7MessageBuilder message, char[] chars)
    {
        var separator = (char)message.Delimiters.Field;
        var span = chars.AsSpan();
        var position = 0;
        foreach (var segment in message.Segments)
        {
            segment.Id.CopyTo(span[position..]);
            position += segment.Id.Length;
            var fields = segment.Fields;
            var first = 0;
            if (segment.IsHeader)
            {
                // MSH-1 is the separator itself and MSH-2 follows it directly.
                fields[0].CopyTo(span[position..]);
                fields[1].CopyTo(span[(position + fields[0].Length)..]);
                position += fields[0].Length + fields[1].Length;
                first = 2;
            }

            for (var i = first; i < fields.Count; i++)
            {
                span[position++] = separator;
                fields[i].CopyTo(span[position..]);
                position += fields[i].Length;
            }

            span[position++] = '\r';
        }

        return position;
    }
}

using System.Text;

namespace Adapter.Hl7v2.Encoding;

/// <summary>
/// HL7 escape sequences, in both directions. Decoding works on the message's bytes so that
/// <c>\Xhh\</c> sequences rebuild multi-byte characters in the message's own charset; anything that
/// is not a recognised escape (an unterminated one, <c>\Zxx\</c>, a charset switch) is kept as written.
/// </summary>
public static class Hl7Escaping
{
    /// <summary>Decodes <paramref name="raw"/> to text, resolving escapes.</summary>
    public static string Unescape(
        ReadOnlySpan<byte> raw, Hl7Delimiters delimiters, System.Text.Encoding encoding, FormattingEscapes formatting)
    {
        if (raw.IndexOf(delimiters.Escape) < 0)
        {
            return encoding.GetString(raw);
        }

        var sink = new ByteSink(raw.Length + 16);
        try
        {
            UnescapeInto(raw, delimiters, formatting, ref sink);
            return encoding.GetString(sink.Written);
        }
        finally
        {
            sink.Dispose();
        }
    }

    /// <summary>Writes <paramref name="value"/> as it must appear inside a message with these delimiters.</summary>
    public static string Escape(string value, Hl7Delimiters delimiters, LineBreaks lineBreaks = LineBreaks.HexEscape)
    {
        if (!NeedsEscaping(value, delimiters))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        var escape = (char)delimiters.Escape;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var code = EscapeCodeFor(c, delimiters);
            if (code is not null)
            {
                builder.Append(escape).Append(code).Append(escape);
            }
            else if (c is '\r' or '\n')
            {
                // With '.' as the escape character "\.br\" cannot be written; hex escapes always can.
                if (lineBreaks == LineBreaks.FormattedText && escape != '.')
                {
                    // A CR LF pair is one line break, not two.
                    if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append(escape).Append(".br").Append(escape);
                }
                else
                {
                    builder.Append(escape).Append(c == '\r' ? "X0D" : "X0A").Append(escape);
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string value, Hl7Delimiters d)
    {
        foreach (var c in value)
        {
            if (c is '\r' or '\n' || (c < 128 && d.IsDelimiter((byte)c)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? EscapeCodeFor(char c, Hl7Delimiters d)
    {
        if (c >= 128)
        {
            return null;
        }

        var b = (byte)c;
        return b == d.Field ? "F"
            : b == d.Component ? "S"
            : b == d.Subcomponent ? "T"
            : b == d.Repetition ? "R"
            : b == d.Escape ? "E"
            : b == d.Truncation ? "P"
            : null;
    }

    private static void UnescapeInto(
        ReadOnlySpan<byte> raw, Hl7Delimiters d, FormattingEscapes formatting, ref ByteSink sink)
    {
        var i = 0;
        while (i < raw.Length)
        {
            var next = raw[i..].IndexOf(d.Escape);
            if (next < 0)
            {
                sink.Append(raw[i..]);
                return;
            }

            sink.Append(raw.Slice(i, next));
            var start = i + next;
            var close = raw[(start + 1)..].IndexOf(d.Escape);
            if (close < 0)
            {
                // Unterminated: the rest is kept literally.
                sink.Append(raw[start..]);
                return;
            }

            var end = start + 1 + close;
            var content = raw[(start + 1)..end];
            if (!EscapeSequence.TryWrite(content, d, formatting, ref sink))
            {
                sink.Append(raw[start..(end + 1)]);
            }

            i = end + 1;
        }
    }
}

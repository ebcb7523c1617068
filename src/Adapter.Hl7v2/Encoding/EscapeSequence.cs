using System.Buffers.Text;

namespace Adapter.Hl7v2.Encoding;

/// <summary>Interprets the text between two escape characters.</summary>
internal static class EscapeSequence
{
    /// <summary>Writes what the sequence stands for; false when it must be kept as written.</summary>
    public static bool TryWrite(ReadOnlySpan<byte> content, Hl7Delimiters d, FormattingEscapes formatting, ref ByteSink sink)
    {
        if (content.Length == 1)
        {
            return TryWriteSingle(content[0], d, formatting, ref sink);
        }

        if (content.Length > 1 && content[0] == (byte)'X')
        {
            return TryWriteHex(content[1..], ref sink);
        }

        if (content.Length > 2 && content[0] == (byte)'.')
        {
            return formatting == FormattingEscapes.Render && TryRenderFormatting(content[1..], ref sink);
        }

        return false;
    }

    private static bool TryWriteSingle(byte code, Hl7Delimiters d, FormattingEscapes formatting, ref ByteSink sink)
    {
        byte? value = code switch
        {
            (byte)'F' => d.Field,
            (byte)'S' => d.Component,
            (byte)'T' => d.Subcomponent,
            (byte)'R' => d.Repetition,
            (byte)'E' => d.Escape,
            (byte)'P' => d.Truncation,
            _ => null,
        };
        if (value is { } delimiter)
        {
            sink.Append(delimiter);
            return true;
        }

        // Highlighting on and off: plain text has no highlighting, so rendering drops them.
        return code is (byte)'H' or (byte)'N' && formatting == FormattingEscapes.Render;
    }

    private static bool TryWriteHex(ReadOnlySpan<byte> hex, ref ByteSink sink)
    {
        if (hex.Length % 2 != 0)
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[Math.Min(hex.Length / 2, 256)];
        if (hex.Length / 2 > decoded.Length)
        {
            return false;
        }

        for (var i = 0; i < decoded.Length; i++)
        {
            var high = HexValue(hex[2 * i]);
            var low = HexValue(hex[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            decoded[i] = (byte)((high << 4) | low);
        }

        sink.Append(decoded);
        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };

    private static bool TryRenderFormatting(ReadOnlySpan<byte> command, ref ByteSink sink)
    {
        if (command.Length < 2)
        {
            return false;
        }

        var name = command[..2];
        var argument = command[2..].Trim((byte)' ');
        var count = 1;
        if (!argument.IsEmpty
            && (!Utf8Parser.TryParse(argument, out count, out var used) || used != argument.Length))
        {
            return false;
        }

        switch ((char)name[0], (char)name[1])
        {
            case ('b', 'r') or ('c', 'e') when argument.IsEmpty:
                sink.Append((byte)'\n');
                return true;
            case ('s', 'p'):
                sink.Repeat((byte)'\n', Math.Clamp(count, 1, 100));
                return true;
            case ('s', 'k'):
                sink.Repeat((byte)' ', Math.Clamp(count, 1, 100));
                return true;
            case ('f', 'i') or ('n', 'f') when argument.IsEmpty:
                return true;
            case ('i', 'n') or ('t', 'i'):
                // Indentation has no plain-text form; the words themselves are kept.
                return true;
            default:
                return false;
        }
    }
}

using Adapter.Hl7v2.Encoding;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Parsing;

/// <summary>Reads the delimiters from the first bytes of an MSH, FHS or BHS segment.</summary>
internal static class DelimiterReader
{
    /// <summary>Reads MSH-1 and MSH-2 from a header starting at <paramref name="start"/>.</summary>
    public static Hl7Delimiters Read(ReadOnlySpan<byte> data, int start)
    {
        var header = data[start..];
        var name = System.Text.Encoding.ASCII.GetString(header[..3]);
        if (header.Length < 4 || header[3] is (byte)'\r' or (byte)'\n')
        {
            throw Bad(name, 1, start + 3, $"The {name} segment ends before its field separator ({name}-1).");
        }

        var field = header[3];
        if (!IsUsable(field))
        {
            throw Bad(name, 1, start + 3, $"{name}-1 (field separator) is a letter, digit, space or control character; it must be a printable symbol.");
        }

        var rest = header[4..];
        var length = rest.IndexOfAny(field, (byte)'\r', (byte)'\n');
        var chars = length < 0 ? rest : rest[..length];
        return FromEncodingCharacters(name, field, chars, start + 4);
    }

    private static Hl7Delimiters FromEncodingCharacters(string name, byte field, ReadOnlySpan<byte> chars, int position)
    {
        if (chars.Length is < 4 or > 5)
        {
            throw Bad(name, 2, position, $"{name}-2 (encoding characters) has {chars.Length} characters; it must have 4 (component, repetition, escape, subcomponent), or 5 with the truncation character.");
        }

        byte? truncation = chars.Length == 5 ? chars[4] : null;
        var subcomponent = chars[3];

        // Some senders double the escape character in MSH-2 ("^~\\&"), a slip from string literals.
        // The intent is unambiguous, so it is read as the standard four.
        if (chars.Length == 5 && chars[3] == chars[2])
        {
            subcomponent = chars[4];
            truncation = null;
        }

        var delimiters = new Hl7Delimiters(field, chars[0], chars[1], chars[2], subcomponent, truncation);
        Span<byte> all = [field, chars[0], chars[1], chars[2], subcomponent, truncation ?? field];
        for (var i = 0; i < all.Length; i++)
        {
            if (!IsUsable(all[i]))
            {
                throw Bad(name, 2, position, $"{name}-2 (encoding characters) holds a letter, digit, space or control character; each must be a printable symbol.");
            }

            // The truncation slot repeats the field separator when absent; that repeat is not a clash.
            var last = truncation is null ? all.Length - 1 : all.Length;
            if (i < last && all[(i + 1)..last].Contains(all[i]))
            {
                throw Bad(name, 2, position, $"{name}-2 (encoding characters) repeats a delimiter; the field, component, repetition, escape and subcomponent characters must all differ.");
            }
        }

        return delimiters;
    }

    private static bool IsUsable(byte b) => b is > 0x20 and < 0x7F && !char.IsAsciiLetterOrDigit((char)b);

    private static Hl7ParseException Bad(string name, int field, int position, string message) =>
        new(Hl7ErrorCode.DataTypeError, message, position, new Hl7Location(name, 1, field));
}

using System.Text;

namespace Adapter.Hl7v2.Encoding;

/// <summary>
/// Maps MSH-18 (HL7 table 0211) to the text encoding used to decode a message's bytes. Only the
/// single-byte and UTF-8 sets are supported: their delimiters are plain ASCII bytes.
/// </summary>
public static class Hl7Charset
{
    private static readonly System.Text.Encoding StrictUtf8 = new UTF8Encoding(false, false);

    /// <summary>Finds the encoding for an MSH-18 value; false when the value is not supported.</summary>
    public static bool TryGetEncoding(ReadOnlySpan<char> msh18, out System.Text.Encoding encoding)
    {
        var value = msh18.Trim();
        if (value.Equals("ASCII", StringComparison.OrdinalIgnoreCase))
        {
            encoding = System.Text.Encoding.ASCII;
            return true;
        }

        if (value.Equals("8859/1", StringComparison.OrdinalIgnoreCase))
        {
            encoding = System.Text.Encoding.Latin1;
            return true;
        }

        // "UNICODE UTF-8" is the table 0211 code; "UTF-8" and "UNICODE" are common spellings senders use.
        if (value.Equals("UNICODE UTF-8", StringComparison.OrdinalIgnoreCase)
            || value.Equals("UTF-8", StringComparison.OrdinalIgnoreCase)
            || value.Equals("UTF8", StringComparison.OrdinalIgnoreCase)
            || value.Equals("UNICODE", StringComparison.OrdinalIgnoreCase))
        {
            encoding = StrictUtf8;
            return true;
        }

        encoding = StrictUtf8;
        return false;
    }

    /// <summary>UTF-8 without a byte order mark; invalid bytes decode to U+FFFD.</summary>
    public static System.Text.Encoding Utf8 => StrictUtf8;

    /// <summary>The MSH-18 code that names <paramref name="encoding"/>, or null for ASCII (the HL7 default).</summary>
    public static string? CodeFor(System.Text.Encoding encoding) => encoding.CodePage switch
    {
        20127 => null,
        28591 => "8859/1",
        65001 => "UNICODE UTF-8",
        _ => throw new ArgumentException($"Encoding {encoding.WebName} has no HL7 table 0211 code the adapter supports.", nameof(encoding)),
    };
}

namespace Adapter.Hl7v2.Encoding;

/// <summary>
/// The separators and escape character a message declares in MSH-1 and MSH-2. Every delimiter is a
/// single printable ASCII byte, so an index over UTF-8 or ISO 8859-1 bytes can find them without
/// decoding.
/// </summary>
public readonly record struct Hl7Delimiters(
    byte Field,
    byte Component,
    byte Repetition,
    byte Escape,
    byte Subcomponent,
    byte? Truncation = null)
{
    /// <summary>The delimiters almost every sender uses: <c>|^~\&amp;</c>.</summary>
    public static Hl7Delimiters Standard { get; } = new((byte)'|', (byte)'^', (byte)'~', (byte)'\\', (byte)'&');

    /// <summary>MSH-2 as it is written for these delimiters.</summary>
    public string EncodingCharacters => Truncation is { } truncation
        ? string.Create(5, this, static (span, d) => Fill(span, d, d.Truncation!.Value))
        : string.Create(4, this, static (span, d) => Fill(span, d, 0));

    /// <summary>True when <paramref name="value"/> is one of the delimiters of this message.</summary>
    public bool IsDelimiter(byte value) =>
        value == Field || value == Component || value == Repetition || value == Escape
        || value == Subcomponent || value == Truncation;

    private static void Fill(Span<char> span, Hl7Delimiters d, byte truncation)
    {
        span[0] = (char)d.Component;
        span[1] = (char)d.Repetition;
        span[2] = (char)d.Escape;
        span[3] = (char)d.Subcomponent;
        if (span.Length > 4)
        {
            span[4] = (char)truncation;
        }
    }
}

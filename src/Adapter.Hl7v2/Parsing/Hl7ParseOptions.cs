using Adapter.Hl7v2.Encoding;

namespace Adapter.Hl7v2.Parsing;

/// <summary>How bytes are read into a message.</summary>
public sealed record Hl7ParseOptions
{
    /// <summary>The options used when a caller gives none.</summary>
    public static Hl7ParseOptions Default { get; } = new();

    /// <summary>
    /// The charset assumed when MSH-18 is empty. HL7 says ASCII; UTF-8 is its superset and reads
    /// the many senders that send accented names without declaring anything.
    /// </summary>
    public System.Text.Encoding DefaultEncoding { get; init; } = Hl7Charset.Utf8;

    /// <summary>Whether FT formatting escapes are rendered as plain text or kept as written.</summary>
    public FormattingEscapes Formatting { get; init; } = FormattingEscapes.Render;

    /// <summary>A message with more segments than this is refused; it bounds work on hostile input.</summary>
    public int MaxSegments { get; init; } = 100_000;
}

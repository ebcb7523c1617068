namespace Adapter.Hl7v2.Encoding;

/// <summary>What to do with the formatting escapes of FT and TX text (<c>\.br\</c>, <c>\H\</c>, ...).</summary>
public enum FormattingEscapes
{
    /// <summary>Render them as plain text: line breaks become <c>\n</c>, highlighting disappears.</summary>
    Render,

    /// <summary>Keep them as written, for a caller that renders formatted text itself.</summary>
    Keep,
}

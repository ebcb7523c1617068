namespace Adapter.Hl7v2.Encoding;

/// <summary>How line breaks in a value are escaped when the value is written into a message.</summary>
public enum LineBreaks
{
    /// <summary><c>\X0D\</c> and <c>\X0A\</c>: valid in every data type.</summary>
    HexEscape,

    /// <summary><c>\.br\</c>: the FT formatting command, which receivers render as a new line.</summary>
    FormattedText,
}

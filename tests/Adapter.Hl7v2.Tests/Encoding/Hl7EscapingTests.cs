using Adapter.Hl7v2.Encoding;

namespace Adapter.Hl7v2.Tests.Encoding;

public sealed class Hl7EscapingTests
{
    private static readonly Hl7Delimiters Standard = Hl7Delimiters.Standard;

    private static string Unescape(string raw, FormattingEscapes formatting = FormattingEscapes.Render) =>
        Hl7Escaping.Unescape(System.Text.Encoding.UTF8.GetBytes(raw), Standard, Hl7Charset.Utf8, formatting);

    [Theory]
    [InlineData("a\\F\\b", "a|b")]
    [InlineData("a\\S\\b", "a^b")]
    [InlineData("a\\T\\b", "a&b")]
    [InlineData("a\\R\\b", "a~b")]
    [InlineData("a\\E\\b", "a\\b")]
    [InlineData("\\X41\\", "A")]
    [InlineData("\\XC3A9\\", "\u00e9")]
    [InlineData("\\x41\\", "\\x41\\")]
    [InlineData("\\X4\\", "\\X4\\")]
    [InlineData("\\XZZ\\", "\\XZZ\\")]
    [InlineData("\\Zcustom\\", "\\Zcustom\\")]
    [InlineData("\\C2842\\text", "\\C2842\\text")]
    [InlineData("\\P\\", "\\P\\")]
    public void Unescape_Sequence_DecodesOrKeepsLiterally(string raw, string expected)
    {
        Assert.Equal(expected, Unescape(raw));
    }

    [Theory]
    [InlineData("abc\\")]
    [InlineData("abc\\F")]
    [InlineData("\\")]
    [InlineData("x\\.br")]
    public void Unescape_Unterminated_IsKeptLiterally(string raw)
    {
        Assert.Equal(raw, Unescape(raw));
    }

    [Theory]
    [InlineData("line1\\.br\\line2", "line1\nline2")]
    [InlineData("a\\.sp\\b", "a\nb")]
    [InlineData("a\\.sp 3\\b", "a\n\n\nb")]
    [InlineData("a\\.sk 2\\b", "a  b")]
    [InlineData("\\.ce\\Title", "\nTitle")]
    [InlineData("\\.fi\\a\\.nf\\", "a")]
    [InlineData("\\.in +4\\a", "a")]
    [InlineData("\\H\\bold\\N\\", "bold")]
    [InlineData("a\\.br 2\\b", "a\\.br 2\\b")]
    [InlineData("a\\.zz\\b", "a\\.zz\\b")]
    public void Unescape_FormattingRendered_BecomesPlainText(string raw, string expected)
    {
        Assert.Equal(expected, Unescape(raw));
    }

    [Theory]
    [InlineData("line1\\.br\\line2")]
    [InlineData("\\H\\bold\\N\\")]
    [InlineData("a\\.sp 3\\b")]
    public void Unescape_FormattingKept_StaysAsWritten(string raw)
    {
        Assert.Equal(raw, Unescape(raw, FormattingEscapes.Keep));
    }

    [Fact]
    public void Unescape_DelimiterEscapesWhenFormattingKept_AreStillDecoded()
    {
        Assert.Equal("a|b\\.br\\", Unescape("a\\F\\b\\.br\\", FormattingEscapes.Keep));
    }

    [Fact]
    public void Unescape_TruncationEscape_DecodesWhenTheMessageDeclaresIt()
    {
        var delimiters = Standard with { Truncation = (byte)'#' };

        var value = Hl7Escaping.Unescape("1\\P\\2"u8, delimiters, Hl7Charset.Utf8, FormattingEscapes.Render);

        Assert.Equal("1#2", value);
    }

    [Fact]
    public void Escape_EveryDelimiter_IsReplaced()
    {
        Assert.Equal("a\\F\\b\\S\\c\\R\\d\\E\\e\\T\\f", Hl7Escaping.Escape("a|b^c~d\\e&f", Standard));
    }

    [Fact]
    public void Escape_LineBreaks_AsHexOrFormattedText()
    {
        Assert.Equal("a\\X0D\\\\X0A\\b", Hl7Escaping.Escape("a\r\nb", Standard));
        Assert.Equal("a\\.br\\b\\.br\\c", Hl7Escaping.Escape("a\r\nb\nc", Standard, LineBreaks.FormattedText));
    }

    [Fact]
    public void Escape_PlainText_ReturnsTheSameInstance()
    {
        const string value = "Hemoglobin A1c";

        Assert.Same(value, Hl7Escaping.Escape(value, Standard));
    }

    [Fact]
    public void Escape_CustomDelimiters_UsesThem()
    {
        var custom = new Hl7Delimiters((byte)'#', (byte)'$', (byte)'*', (byte)'!', (byte)'%');

        Assert.Equal("a!F!b!S!c|^", Hl7Escaping.Escape("a#b$c|^", custom));
    }
}

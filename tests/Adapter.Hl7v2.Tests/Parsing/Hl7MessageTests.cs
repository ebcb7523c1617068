using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Tests.Support;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Tests.Parsing;

public sealed class Hl7MessageTests
{
    [Fact]
    public void Parse_StandardMessage_IndexesSegmentsAndFields()
    {
        var message = Messages.Parse(Messages.Msh, "PID|1||12345^^^HOSP^MR~998^^^LAB^PI||DOE^JANE");

        Assert.Equal(2, message.SegmentCount);
        Assert.Equal("PID", message[1].Id);
        Assert.Equal(5, message[1].FieldCount);
        Assert.Equal("12345", message[1].Field(3).Component(1).Value);
        Assert.Equal("998", message[1].Field(3).Repetition(2).Component(1).Value);
        Assert.Equal("JANE", message[1].Field(5).Component(2).Value);
    }

    [Fact]
    public void Field_Msh1AndMsh2_AreTheDelimitersAsWritten()
    {
        var message = Messages.Parse(Messages.Msh);

        Assert.Equal("|", message.Header.Field(1).Value);
        Assert.Equal("^~\\&", message.Header.Field(2).Value);
        Assert.Equal("LAB", message.Header.Field(3).Value);
        Assert.Equal("CTRL1", message.Header.Field(10).Value);
        Assert.Equal(12, message.Header.FieldCount);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Parse_AnySegmentTerminator_ReadsTheSameSegments(string terminator)
    {
        var text = Messages.Msh + terminator + "PID|1" + terminator + "OBX|1|NM|x||5" + terminator;

        var message = Hl7Message.Parse(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(3, message.SegmentCount);
        Assert.Equal("5", message[2].Field(5).Value);
    }

    [Fact]
    public void Parse_Utf8ByteOrderMarkAndNoFinalTerminator_AreTolerated()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var bytes = bom.Concat(System.Text.Encoding.UTF8.GetBytes(Messages.Msh + "\rPID|1")).ToArray();

        var message = Hl7Message.Parse(bytes);

        Assert.Equal(2, message.SegmentCount);
        Assert.Equal("1", message[1].Field(1).Value);
    }

    [Fact]
    public void Parse_CustomDelimiters_AreReadFromMsh()
    {
        var message = Hl7Message.Parse("MSH#$*!%#APP#FAC#####ORU$R01#ID1#P#2.5\rPID#1##12345$$$HOSP$MR*777\r");

        Assert.Equal((byte)'#', message.Delimiters.Field);
        Assert.Equal("R01", message.Header.Field(9).Component(2).Value);
        Assert.Equal("777", message[1].Field(3).Repetition(2).Value);
        Assert.Equal("MR", message[1].Field(3).Component(5).Value);
    }

    [Fact]
    public void Parse_TruncationCharacter_IsKeptAsFifthEncodingCharacter()
    {
        var message = Hl7Message.Parse("MSH|^~\\&#|APP|FAC|||20261120||ADT^A01|ID|P|2.7\r");

        Assert.Equal((byte)'#', message.Delimiters.Truncation);
        Assert.Equal("^~\\&#", message.Header.Field(2).Value);
    }

    [Fact]
    public void Parse_DoubledEscapeInMsh2_IsReadAsTheStandardFour()
    {
        var message = Hl7Message.Parse("MSH|^~\\\\&|APP|FAC|||20261120||ORU^R01|ID|P|2.6\rOBX|1|ST|a&b||x\r");

        Assert.Equal((byte)'&', message.Delimiters.Subcomponent);
        Assert.Null(message.Delimiters.Truncation);
        Assert.Equal("b", message[1].Field(3).Component(1).Subcomponent(2).Value);
    }

    [Theory]
    [InlineData("MSH|^~|APP", "has 2 characters")]
    [InlineData("MSH|^^\\&|APP", "repeats a delimiter")]
    [InlineData("MSH|^~A&|APP", "letter, digit")]
    [InlineData("MSHA^~\\&|APP", "MSH-1")]
    public void Parse_BadEncodingCharacters_ThrowsParseErrorAtMsh2(string header, string expected)
    {
        var error = Assert.Throws<Hl7ParseException>(() => Hl7Message.Parse(header + "\r"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(Hl7ErrorCode.DataTypeError, error.Code);
        Assert.Equal("MSH", error.Location?.SegmentId);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("PID|1\r", "does not start with an MSH")]
    [InlineData("FHS|^~\\&\rMSH|^~\\&\r", "batch")]
    public void Parse_NoMessageHeader_ThrowsSegmentSequenceError(string text, string expected)
    {
        var error = Assert.Throws<Hl7ParseException>(() => Hl7Message.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(Hl7ErrorCode.SegmentSequenceError, error.Code);
    }

    [Fact]
    public void Parse_SecondMsh_AsksForABatchRead()
    {
        var error = Assert.Throws<Hl7ParseException>(() => Messages.Parse(Messages.Msh, "PID|1", Messages.Msh));

        Assert.Contains("more than one message", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pid|1")]
    [InlineData("PI|1")]
    [InlineData("PIDX|1")]
    [InlineData("free text line")]
    public void Parse_LineWithoutSegmentId_NamesTheSegmentNumber(string line)
    {
        var error = Assert.Throws<Hl7ParseException>(() => Messages.Parse(Messages.Msh, "PID|1", line));

        Assert.Contains("Segment 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MoreSegmentsThanAllowed_IsRefused()
    {
        var lines = new[] { Messages.Msh }.Concat(Enumerable.Repeat("NTE|1", 10)).ToArray();
        var options = new Hl7ParseOptions { MaxSegments = 5 };

        var error = Assert.Throws<Hl7ParseException>(() => Hl7Message.Parse(System.Text.Encoding.UTF8.GetBytes(Messages.Er7(lines)), options));

        Assert.Contains("more than 5 segments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Element_ExplicitNull_IsDistinctFromEmpty()
    {
        var message = Messages.Parse(Messages.Msh, "PID|1|\"\"|||\"\"^X");

        var nullField = message[1].Field(2);
        var emptyField = message[1].Field(3);

        Assert.True(nullField.IsNull);
        Assert.False(nullField.HasValue);
        Assert.False(nullField.IsEmpty);
        Assert.True(emptyField.IsEmpty);
        Assert.False(emptyField.IsNull);
        Assert.True(message[1].Field(5).Component(1).IsNull);
        Assert.Equal(string.Empty, nullField.Value);
    }

    [Fact]
    public void Element_BeyondTheSegment_IsEmptyNotAnError()
    {
        var message = Messages.Parse(Messages.Msh, "PID|1");

        Assert.True(message[1].Field(30).IsEmpty);
        Assert.Equal(string.Empty, message[1].Field(30).Component(4).Subcomponent(2).Value);
        Assert.Equal(0, message[1].Field(30).PartCount);
    }

    [Fact]
    public void Element_ComponentOfLeaf_GivesTheLeafForOneAndEmptyBeyond()
    {
        var message = Messages.Parse(Messages.Msh, "PID|1||12345");

        var id = message[1].Field(3).Component(1);

        Assert.Equal("12345", id.Component(1).Value);
        Assert.True(id.Component(2).IsEmpty);
        Assert.Equal("12345", id.Subcomponent(1).Value);
    }

    [Fact]
    public void Element_Er7_KeepsEscapesAndInnerDelimiters()
    {
        var message = Messages.Parse(Messages.Msh, "NTE|1||A\\T\\B^C");

        Assert.Equal("A\\T\\B^C", message[1].Field(3).Er7);
        Assert.Equal("A&B^C", message[1].Field(3).Value);
        Assert.Equal("A&B", message[1].Field(3).Component(1).Value);
    }

    [Fact]
    public void Parse_DeclaredLatin1_DecodesWithLatin1()
    {
        var text = Messages.Msh + "||||||8859/1\rPID|1||||M\u00fcller\r";
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);

        var message = Hl7Message.Parse(bytes);

        Assert.Equal(28591, message.Encoding.CodePage);
        Assert.Equal("M\u00fcller", message[1].Field(5).Value);
    }

    [Fact]
    public void Parse_UnknownCharset_FlagsItAndDecodesWithTheDefault()
    {
        var message = Messages.Parse(Messages.Msh + "||||||KLINGON");

        Assert.True(message.HasUnsupportedCharset);
        Assert.Equal(65001, message.Encoding.CodePage);
    }

    [Fact]
    public void Parse_FromString_IgnoresDeclaredCharsetBecauseTextIsUnicode()
    {
        var message = Hl7Message.Parse(Messages.Msh + "||||||8859/1\rPID|1||||Zo\u00eb\r");

        Assert.Equal("Zo\u00eb", message[1].Field(5).Value);
    }

    [Theory]
    [InlineData("a~b~~d", new[] { "a", "b", "", "d" })]
    [InlineData("a~", new[] { "a", "" })]
    [InlineData("x", new[] { "x" })]
    [InlineData("", new string[0])]
    public void Parts_Field_WalksEveryRepetitionInOrder(string field, string[] expected)
    {
        var message = Messages.Parse(Messages.Msh, $"PID|1||{field}");

        var parts = new List<string>();
        foreach (var part in message[1].Field(3).Parts())
        {
            parts.Add(part.Value);
        }

        Assert.Equal(expected, parts);
        Assert.Equal(expected.Length, message[1].Field(3).PartCount);
    }

    [Fact]
    public void Parts_Subcomponent_IsItsOwnOnlyPart()
    {
        var message = Messages.Parse(Messages.Msh, "PID|1||a&b^c");

        var parts = new List<string>();
        foreach (var part in message[1].Field(3).Component(1).Subcomponent(2).Parts())
        {
            parts.Add(part.Value);
        }

        Assert.Equal(["b"], parts);
    }
}

using Adapter.Hl7v2.Building;
using Adapter.Hl7v2.Encoding;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Tests.Support;

namespace Adapter.Hl7v2.Tests.Building;

public sealed class Hl7MessageBuilderTests
{
    [Fact]
    public void ToString_BuiltOru_EscapesValuesAndPlacesComponents()
    {
        var builder = new Hl7MessageBuilder();
        builder.Header.Set(3, "ADAPTER").SetComponents(9, "ORU", "R01", "ORU_R01").Set(10, "1").Set(11, "P").Set(12, "2.5.1");
        builder.Add("PID").Set(3, 1, 1, 1, "123").Set(3, 1, 4, 2, "1.2.3").Set(5, 1, "O'Brien|Smith").Set(5, 2, "Ann^Marie");
        builder.Add("OBX").Set(1, "1").Set(2, "TX").Set(5, "line one\r\nline two & more");

        var text = builder.ToString();

        Assert.Equal(
            "MSH|^~\\&|ADAPTER||||||ORU^R01^ORU_R01|1|P|2.5.1\r"
            + "PID|||123^^^&1.2.3||O'Brien\\F\\Smith^Ann\\S\\Marie\r"
            + "OBX|1|TX|||line one\\X0D\\\\X0A\\line two \\T\\ more\r",
            text);
    }

    [Fact]
    public void Build_ThenParse_GivesTheValuesBack()
    {
        var builder = new Hl7MessageBuilder();
        builder.Add("NTE").Set(3, "a|b^c~d\\e&f").AddRepetition(4, "x", "y").AddRepetition(4, "z");

        var message = Hl7Message.Parse(builder.ToString());

        Assert.Equal("a|b^c~d\\e&f", message[1].Field(3).Value);
        Assert.Equal("y", message[1].Field(4).Repetition(1).Component(2).Value);
        Assert.Equal("z", message[1].Field(4).Repetition(2).Value);
    }

    [Fact]
    public void Set_FormattedTextLineBreaks_UsesBr()
    {
        var builder = new Hl7MessageBuilder(lineBreaks: LineBreaks.FormattedText);

        builder.Add("OBX").Set(5, "Impression:\nNo acute findings.");

        Assert.Equal("Impression:\\.br\\No acute findings.", builder.Find("OBX")!.GetRaw(5));
    }

    [Fact]
    public void Set_ExplicitNull_IsWrittenUnescaped()
    {
        var builder = new Hl7MessageBuilder();

        builder.Add("PID").Set(8, Hl7SegmentBuilder.ExplicitNull);

        Assert.True(Hl7Message.Parse(builder.ToString())[1].Field(8).IsNull);
    }

    [Fact]
    public void SetRaw_HeaderDelimiterFields_AreRefused()
    {
        var builder = new Hl7MessageBuilder();

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Header.Set(2, "^~\\&"));
        Assert.Throws<ArgumentException>(() => builder.Add("pid"));
    }

    [Fact]
    public void From_ParsedMessage_EncodesTheSameBytes()
    {
        var text = Messages.Er7(Messages.Msh + "|||AL|NE", "PID|1||\"\"||A\\S\\B^C&D~E|||", "ZZZ", "OBX|1|FT|x||a\\.br\\b\\X0D\\|");

        var rebuilt = Hl7MessageBuilder.From(Hl7Message.Parse(text)).ToString();

        Assert.Equal(text, rebuilt);
    }

    [Fact]
    public void ToBytes_Latin1_EncodesInThatCharset()
    {
        var builder = new Hl7MessageBuilder();
        builder.Add("PID").Set(5, "M\u00fcller");

        var bytes = builder.ToBytes(System.Text.Encoding.Latin1);

        Assert.Contains((byte)0xFC, bytes);
    }
}

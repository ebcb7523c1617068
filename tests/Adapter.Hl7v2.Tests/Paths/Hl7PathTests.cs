using Adapter.Hl7v2.Paths;
using Adapter.Hl7v2.Tests.Support;

namespace Adapter.Hl7v2.Tests.Paths;

public sealed class Hl7PathTests
{
    private static readonly Adapter.Hl7v2.Parsing.Hl7Message Oru = Messages.Parse(
        Messages.Msh,
        "PID|1||111^^^HOSP^MR~222^^^LAB^PI||DOE^JANE",
        "ORC|RE|P1",
        "OBR|1|P1|F1|GLU^Glucose^L" + new string('|', 28) + "1234&READ&RITA",
        "OBX|1|NM|GLU^Glucose||5.4|mmol/L",
        "OBX|2|NM|NA^Sodium||140|mmol/L",
        "ORC|RE|P2",
        "OBR|2|P2|F2|K^Potassium^L",
        "OBX|1|NM|K^Potassium||4.1|mmol/L",
        "OBX|2|ST|NOTE^Comment||see note");

    [Theory]
    [InlineData("PID-3.1", "111")]
    [InlineData("PID-3[2].1", "222")]
    [InlineData("PID-3[2].4", "LAB")]
    [InlineData("PID-5", "DOE^JANE")]
    [InlineData("OBX[3]-5", "4.1")]
    [InlineData("OBR-32.1.2", "READ")]
    [InlineData("OBR[2]-4.2", "Potassium")]
    [InlineData("MSH-9.2", "R01")]
    [InlineData("MSH-1", "|")]
    [InlineData("ORDER_OBSERVATION[2]/OBSERVATION[1]/OBX-5", "4.1")]
    [InlineData("ORDER_OBSERVATION[2]/OBX[2]-3.2", "Comment")]
    [InlineData("PATIENT_RESULT/ORDER_OBSERVATION[1]/OBSERVATION[2]/OBX-3.1", "NA")]
    [InlineData("OBX[9]-5", "")]
    [InlineData("ORDER_OBSERVATION[3]/OBX-5", "")]
    public void Select_Path_FindsTheValue(string path, string expected)
    {
        Assert.Equal(expected, Hl7Path.Parse(path).Select(Oru).Value);
    }

    [Theory]
    [InlineData("PID-3.1", "PID", 1, 3, 1, 1, null)]
    [InlineData("OBX[3]-5", "OBX", 3, 5, 1, null, null)]
    [InlineData("PID-3[2].4.2", "PID", 1, 3, 2, 4, 2)]
    public void Parse_SegmentPath_ReadsEveryPart(string text, string segment, int occurrence, int field, int repetition, int? component, int? subcomponent)
    {
        var path = Hl7Path.Parse(text);

        Assert.Equal(segment, path.SegmentId);
        Assert.Equal(occurrence, path.SegmentOccurrence);
        Assert.Equal(field, path.Field);
        Assert.Equal(repetition, path.Repetition);
        Assert.Equal(component, path.Component);
        Assert.Equal(subcomponent, path.Subcomponent);
        Assert.Equal(text, path.ToString());
    }

    [Theory]
    [InlineData("PID", "'-' and a field number after the segment at column 4")]
    [InlineData("PID-", "a field number at column 5")]
    [InlineData("PID-0", "a field number at column 5")]
    [InlineData("pid-3", "a segment id of three upper-case letters or digits at column 1")]
    [InlineData("PID-3[", "a 1-based number in brackets at column 7")]
    [InlineData("PID-3[2", "']' at column 8")]
    [InlineData("PID-3.1x", "the end of the path at column 8")]
    [InlineData("ORDER_OBSERVATION/", "a segment id or group name at column 19")]
    [InlineData("", "a segment id or group name at column 1")]
    public void Parse_BadPath_NamesWhatIsExpectedAndWhere(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Hl7Path.Parse(text));

        Assert.EndsWith($"needs {expected}.", error.Message, StringComparison.Ordinal);
        Assert.False(Hl7Path.TryParse(text, out _));
    }
}

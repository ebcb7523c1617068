using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Tests.Support;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Tests.Acknowledgements;

public sealed class Hl7AckBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(1));

    private static Hl7AckBuilder Builder(Hl7AckOptions? options = null) => new(new FixedTime(Now), new FixedIds("ACK0001"), options);

    [Fact]
    public void Build_Accept_AddressesTheSenderAndEchoesTheControlId()
    {
        var received = Messages.Parse("MSH|^~\\&|LAB|LABFAC^1.2.3^ISO|ADAPTER|HOSP|20261120||ORU^R01^ORU_R01|CTRL-9|P|2.5.1");

        var ack = Builder().Build(received, Hl7AckCode.AA, []).ToString();

        Assert.Equal(
            "MSH|^~\\&|ADAPTER|HOSP|LAB|LABFAC^1.2.3^ISO|20261123093000+0100||ACK^R01^ACK|ACK0001|P|2.5.1\rMSA|AA|CTRL-9\r",
            ack);
    }

    [Fact]
    public void Build_ConfiguredSender_OverridesTheReceivedReceiver()
    {
        var received = Messages.Parse(Messages.Msh);

        var ack = Hl7Message.Parse(Builder(new Hl7AckOptions { SendingApplication = "ADAPTER^X", SendingFacility = "SITE" }).Build(received, Hl7AckCode.AA, []).ToString());

        Assert.Equal("ADAPTER^X", ack.Header.Field(3).Value);
        Assert.Equal("SITE", ack.Header.Field(4).Value);
    }

    [Fact]
    public void Build_WithIssues_AddsOneErrPerIssue()
    {
        var received = Messages.Parse(Messages.Msh);
        Hl7Issue[] issues =
        [
            Hl7Issue.Error(Hl7ErrorCode.RequiredFieldMissing, new Hl7Location("PID", 1, 3), "PID-3 (patient identifier list) is empty."),
            new(Hl7ErrorCode.DataTypeError, Hl7Severity.Warning, new Hl7Location("OBX", 2, 5, 1, 1), "OBX-5 is not a number."),
        ];

        var ack = Hl7Message.Parse(Builder().Build(received, Hl7AckCode.AE, issues).ToString());

        Assert.Equal("AE", ack.Get("MSA-1"));
        Assert.Equal("CTRL1", ack.Get("MSA-2"));
        Assert.Equal("PID-3 (patient identifier list) is empty.", ack.Get("MSA-3"));
        Assert.Equal("PID^1^3^1", ack.Get("ERR-2"));
        Assert.Equal("101^Required field missing^HL70357", ack.Get("ERR-3"));
        Assert.Equal("E", ack.Get("ERR-4"));
        Assert.Equal("PID-3 (patient identifier list) is empty.", ack.Get("ERR-8"));
        Assert.Equal("OBX^2^5^1^1", ack.Get("ERR[2]-2"));
        Assert.Equal("W", ack.Get("ERR[2]-4"));
    }

    [Fact]
    public void Build_ReceivedWithCustomDelimiters_AnswersWithThem()
    {
        var received = Hl7Message.Parse("MSH#$*!%#APP#FAC#ME#HOSP#20261120##ORU$R01#ID7#P#2.5\r");

        var ack = Builder().Build(received, Hl7AckCode.AA, []).ToString();

        Assert.StartsWith("MSH#$*!%#ME#HOSP#APP#FAC#", ack, StringComparison.Ordinal);
        Assert.EndsWith("MSA#AA#ID7\r", ack, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Hl7AckMode.Original, Hl7ErrorCode.UnsupportedVersionId, "MSH", 12, Hl7AckCode.AR)]
    [InlineData(Hl7AckMode.Original, Hl7ErrorCode.RequiredFieldMissing, "MSH", 10, Hl7AckCode.AR)]
    [InlineData(Hl7AckMode.Original, Hl7ErrorCode.RequiredFieldMissing, "PID", 3, Hl7AckCode.AE)]
    [InlineData(Hl7AckMode.Original, Hl7ErrorCode.DataTypeError, "MSH", 7, Hl7AckCode.AE)]
    [InlineData(Hl7AckMode.Enhanced, Hl7ErrorCode.UnsupportedMessageType, "MSH", 9, Hl7AckCode.CR)]
    [InlineData(Hl7AckMode.Enhanced, Hl7ErrorCode.DataTypeError, "PID", 5, Hl7AckCode.CE)]
    public void Decide_ErrorKind_ChoosesRejectOrError(Hl7AckMode mode, Hl7ErrorCode code, string segment, int field, Hl7AckCode expected)
    {
        Hl7Issue[] issues = [Hl7Issue.Error(code, new Hl7Location(segment, 1, field), "x")];

        Assert.Equal(expected, Hl7AckBuilder.Decide(issues, mode));
    }

    [Theory]
    [InlineData(Hl7AckMode.Original, Hl7AckCode.AA)]
    [InlineData(Hl7AckMode.Enhanced, Hl7AckCode.CA)]
    public void Decide_OnlyWarnings_Accepts(Hl7AckMode mode, Hl7AckCode expected)
    {
        Hl7Issue[] issues = [new(Hl7ErrorCode.DataTypeError, Hl7Severity.Warning, new Hl7Location("OBX"), "x")];

        Assert.Equal(expected, Hl7AckBuilder.Decide(issues, mode));
    }

    [Fact]
    public void BuildForUnreadable_BadEncodingCharacters_StillEchoesMsh10()
    {
        var raw = "MSH|^^\\&|LAB|FAC|ME|HOSP|20261120||ORU^R01|CTRL-77|P|2.5.1\rPID|1\r"u8.ToArray();
        var error = Assert.Throws<Hl7ParseException>(() => Hl7Message.Parse(raw));

        var ack = Hl7Message.Parse(Builder().BuildForUnreadable(raw, error, Hl7AckMode.Original).ToString());

        Assert.Equal("AR", ack.Get("MSA-1"));
        Assert.Equal("CTRL-77", ack.Get("MSA-2"));
        Assert.Equal("LAB", ack.Get("MSH-5"));
        Assert.Equal("MSH^1^2^1", ack.Get("ERR-2"));
        Assert.Equal("102", ack.Get("ERR-3.1"));
        Assert.Contains("repeats a delimiter", ack.Get("ERR-8"), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildForUnreadable_NoHeaderAtAll_AnswersCrWithEmptyMsa2()
    {
        var raw = "garbage"u8.ToArray();
        var error = Assert.Throws<Hl7ParseException>(() => Hl7Message.Parse(raw));

        var ack = Hl7Message.Parse(Builder().BuildForUnreadable(raw, error, Hl7AckMode.Enhanced).ToString());

        Assert.Equal("CR", ack.Get("MSA-1"));
        Assert.True(ack.Header.Field(10).HasValue);
        Assert.Equal(string.Empty, ack.Get("MSA-2"));
        Assert.Equal("100", ack.Get("ERR-3.1"));
    }

    [Theory]
    [InlineData("AL", true, true)]
    [InlineData("AL", false, true)]
    [InlineData("NE", true, false)]
    [InlineData("ER", true, false)]
    [InlineData("ER", false, true)]
    [InlineData("SU", true, true)]
    [InlineData("SU", false, false)]
    [InlineData("", false, true)]
    public void Applies_Table0155_SaysWhenToAcknowledge(string condition, bool succeeded, bool expected)
    {
        Assert.Equal(expected, Hl7AckConditions.Applies(condition, succeeded));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("test", now.Offset, "test", "test");
    }

    private sealed class FixedIds(string id) : IControlIdGenerator
    {
        public string Next() => id;
    }
}

using System.Text;
using Adapter.Engine.Outbound;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>Reading one answer: whose it is, what it says, and the reason a person reads.</summary>
public sealed class OutboundAckReaderTests
{
    private const string Header = "MSH|^~\\&|EMR|GOODHEALTH|ADAPTER|PARTNER|20250301101501||ACK^R01^ACK|HOSPACK1|P|2.5.1\r";
    private static readonly TimeSpan Elapsed = TimeSpan.FromMilliseconds(42);

    [Fact]
    public void Read_AcceptForTheMessageSent_IsAcceptedWithoutErrorText()
    {
        // Arrange
        var answer = OutboundTestMessages.Ack("AA", "RES0001");

        // Act
        var ack = OutboundAckReader.Read(answer, "RES0001", Elapsed);

        // Assert
        Assert.Equal(new OutboundAck(OutboundAckOutcome.Accepted, "AA", "RES0001", null, Elapsed), ack);
    }

    [Theory]
    [InlineData("MSA|AE|RES0001|Old style text\rERR||PID^1^3|101^Required field missing^HL70357|E||||Patient not found\r", "Patient not found")]
    [InlineData("MSA|AE|RES0001|Old style text\rERR||PID^1^3|101^Required field missing^HL70357|E\r", "Required field missing")]
    [InlineData("MSA|AE|RES0001\rERR|PID^1^3^101&Required field missing\r", "Required field missing")]
    [InlineData("MSA|AR|RES0001|Application busy\r", "Application busy")]
    [InlineData("MSA|AE|RES0001\rERR|||207|E\rERR||||E||||Second reason\r", "Second reason")]
    public void Read_RefusalWithReason_TakesTheMostSpecificText(string body, string expected)
    {
        // Arrange
        var answer = Encoding.ASCII.GetBytes(Header + body);

        // Act
        var ack = OutboundAckReader.Read(answer, "RES0001", Elapsed);

        // Assert
        Assert.Equal(expected, ack.ErrorText);
    }

    [Fact]
    public void Read_AnswerForAnotherMessage_IsMismatchedWithWhatItSaid()
    {
        // Arrange
        var answer = OutboundTestMessages.Ack("AE", "RES0000", "Stale reason");

        // Act
        var ack = OutboundAckReader.Read(answer, "RES0001", Elapsed);

        // Assert
        Assert.Equal(new OutboundAck(OutboundAckOutcome.Mismatched, "AE", "RES0000", null, Elapsed), ack);
    }

    [Fact]
    public void Read_AnswerWithEmptyMsa2_IsMismatched()
    {
        // Arrange
        var answer = Encoding.ASCII.GetBytes(Header + "MSA|AR|\r");

        // Act
        var ack = OutboundAckReader.Read(answer, "RES0001", Elapsed);

        // Assert
        Assert.Equal(OutboundAckOutcome.Mismatched, ack.Outcome);
        Assert.Null(ack.AcknowledgedControlId);
    }

    [Theory]
    [InlineData("not HL7 at all")]
    [InlineData(Header)]
    [InlineData(Header + "MSA|OK|RES0001\r")]
    [InlineData(Header + "MSA||RES0001\r")]
    public void Read_NoUsableAcknowledgement_IsUnreadable(string text)
    {
        // Arrange
        var answer = Encoding.ASCII.GetBytes(text);

        // Act
        var ack = OutboundAckReader.Read(answer, "RES0001", Elapsed);

        // Assert
        Assert.Equal(OutboundAckOutcome.Unreadable, ack.Outcome);
    }
}

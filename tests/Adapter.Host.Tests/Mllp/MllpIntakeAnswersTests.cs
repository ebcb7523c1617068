using System.Text;
using Adapter.Engine.Journal;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>
/// What a listener answers to messages it cannot accept, each case on a connection that must stay
/// usable: the next good message on it gets AA.
/// </summary>
public sealed class MllpIntakeAnswersTests
{
    private static readonly string[] AcceptedTypes =
    [
        "--Mllp:Listeners:default:Ack:MessageTypes:0=ORU^R01",
        "--Mllp:Listeners:default:Ack:MessageTypes:1=ADT^A01",
    ];

    [Theory]
    [InlineData("no-msh")]
    [InlineData("bad-encoding-characters")]
    [InlineData("unsupported-version")]
    [InlineData("unsupported-processing-id")]
    [InlineData("unsupported-message-type")]
    [InlineData("unsupported-trigger-event")]
    [InlineData("invalid-utf8")]
    public async Task Send_BadMessage_AnsweredWithCodeAndLocationAndConnectionStaysUsable(string caseName)
    {
        var (bytes, expected) = BadCase(caseName);
        await using var adapter = await RunningAdapter.StartAsync(AcceptedTypes);
        await using var connection = await adapter.ConnectAsync();
        var good = TestMessage.WithUniqueId("GOOD");

        var ack = await connection.ExchangeAsync(bytes);
        var goodAck = await connection.ExchangeAsync(good.ToBytes());

        AckAssert.Error(ack, expected.Code, expected.ControlId, expected.ErrorCode, expected.Segment, expected.Field);
        Assert.Equal(expected.Component?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, ack.Get("ERR-2.5"));
        AckAssert.Accepted(goodAck, good.ControlId);
        var journal = await adapter.ListJournalAsync();
        Assert.Equal([(MessageStatus.Rejected, expected.Code), (MessageStatus.Received, "AA")], journal.Select(record => (record.Status, record.AckCode)));
        Assert.Contains($"({expected.ErrorCode} ", journal[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ReceivingFacilityOfEmptyComponents_Aa()
    {
        // MSH-6 "^^" is an HD whose three components are empty: allowed (MSH-6 is optional), and echoed into the ACK's MSH-4.
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId() with { ReceivingFacility = "^^" };

        var ack = await connection.ExchangeAsync(message.ToBytes());

        AckAssert.Accepted(ack, message.ControlId);
        Assert.StartsWith("MSH|^~\\&|ADAPTER|^^|GOODHEALTH_LIS|GOODHEALTH|", Encoding.ASCII.GetString(ack.Data.Span), StringComparison.Ordinal);
        Assert.Equal(MessageStatus.Received, Assert.Single(await adapter.ListJournalAsync()).Status);
    }

    private static (byte[] Bytes, Expected Expected) BadCase(string caseName)
    {
        var message = TestMessage.WithUniqueId("BAD");
        var id = message.ControlId;
        return caseName switch
        {
            "no-msh" => (Encoding.ASCII.GetBytes("PID|1||100234567^^^GOODHEALTH^MR||TESTPATIENT^ALPHA\rOBX|1|NM|2345-7^Glucose^LN||105\r"), new("AR", string.Empty, 100, "MSH", null, null)),
            "bad-encoding-characters" => ((message with { EncodingCharacters = "^^" }).ToBytes(), new("AR", id, 102, "MSH", 2, null)),
            "unsupported-version" => ((message with { Version = "9.9" }).ToBytes(), new("AR", id, 203, "MSH", 12, 1)),
            "unsupported-processing-id" => ((message with { ProcessingId = "X" }).ToBytes(), new("AR", id, 202, "MSH", 11, 1)),
            "unsupported-message-type" => ((message with { MessageType = "ORM^O01^ORM_O01" }).ToBytes(), new("AR", id, 200, "MSH", 9, 1)),
            "unsupported-trigger-event" => ((message with { MessageType = "ADT^A04^ADT_A01" }).ToBytes(), new("AR", id, 201, "MSH", 9, 2)),
            "invalid-utf8" => (InvalidUtf8(message with { Charset = "UNICODE UTF-8" }), new("AE", id, 102, "PID", 5, null)),
            _ => throw new ArgumentOutOfRangeException(nameof(caseName), caseName, null),
        };
    }

    /// <summary>The message with a byte that is never valid UTF-8 (0xFF) inside PID-5.</summary>
    private static byte[] InvalidUtf8(TestMessage message)
    {
        var text = message.Text;
        var at = text.IndexOf("TESTPATIENT", StringComparison.Ordinal) + "TESTPATIENT".Length;
        return [.. Encoding.ASCII.GetBytes(text[..at]), 0xFF, .. Encoding.ASCII.GetBytes(text[at..])];
    }

    private sealed record Expected(string Code, string ControlId, int ErrorCode, string Segment, int? Field, int? Component);
}

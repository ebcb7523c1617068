using Adapter.Engine.Outbound;
using Microsoft.Extensions.Logging.Testing;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>What the sender logs: destination, control ids, codes and outcomes; never the message or the hospital's error text.</summary>
public sealed class MllpDestinationSenderLoggingTests
{
    private const string ErrorText = "Patient SENTINEL^PATIENT has no open encounter";

    [Fact]
    public async Task SendAsync_EveryKindOfAnswer_LogsIdentifiersButNeverContentOrErrorText()
    {
        // Arrange
        await using var hospital = new TestHospitalListener();
        hospital.Script(
            HospitalReply.Ack("AE", ErrorText),
            HospitalReply.Ack("AR", ErrorText),
            HospitalReply.WrongControlId,
            HospitalReply.Garbage,
            HospitalReply.Drop,
            HospitalReply.Accept);
        var logger = new FakeLogger<MllpDestinationSender>();
        await using var sender = OutboundSenders.Create(OutboundSenders.Destination(hospital.Port), logger: logger);

        // Act
        var acks = new List<OutboundAck>();
        for (var i = 1; i <= 6; i++)
        {
            acks.Add(await sender.SendAsync($"RES000{i}"));
        }

        // Assert
        Assert.Equal(ErrorText, acks[0].ErrorText);
        var records = logger.Collector.GetSnapshot();
        Assert.Equal([6102, 6102, 6103, 6107, 6105, 6101], records.Select(record => record.Id.Id).Where(id => id is not (6108 or 6109)));
        Assert.Contains(records, record => record.Id.Id == 6102 && record.Message.Contains("RES0001", StringComparison.Ordinal) && record.Message.Contains("goodhealth-emr", StringComparison.Ordinal));
        Assert.All(records, record =>
        {
            var everything = string.Join("|", [record.Message, .. (record.StructuredState ?? []).Select(pair => pair.Value)]);
            Assert.DoesNotContain("SENTINEL", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("OBX", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("not an acknowledgement", everything, StringComparison.Ordinal);
        });
    }
}

using Adapter.Engine.Journal;
using Adapter.Host.Tests.Support;
using Serilog.Events;

namespace Adapter.Host.Tests.Delivery;

/// <summary>
/// A listener that checks the partner mappings before acknowledging: a message a partner takes but
/// could not be sent as it is gets AE with an ERR naming the field it lacks, and is kept as rejected;
/// one that can be sent gets AA as usual.
/// </summary>
public sealed class MappingCheckBeforeAckTests : IDisposable
{
    private const string Prefix = "ADAPTER_HOST_TESTS_PREACK_";

    // reports: patients makes patient_email required; it comes from PID-13.
    private const string Mapping = """
        partner: acme-labs
        kind: docus-labs
        settings:
          submitLabResultsUrl: https://docus.example/submit
          generateInterpretationUrl: https://docus.example/interpret
          reports: patients
        auth:
          apiKey: ${ADAPTER_HOST_TESTS_PREACK_KEY}
          teamId: ${ADAPTER_HOST_TESTS_PREACK_TEAM}
          inboundApiKey: ${ADAPTER_HOST_TESTS_PREACK_INBOUND}
        accept:
          - listener: default
            messageType: ORU^R01
        operations:
          submitLabResults:
            fields:
              patient_id: "%patient.identifier.value.first()"
              reference_id: "%order.identifier.where(type.coding.code = 'PLAC').value.first()"
              patient_email: "%patient.telecom.where(system = 'email').value.first()"
              data: "%observations.displayAll('\n')"
        """;

    private readonly DocusMappingFolder _mappings = new(Prefix, Mapping);


    [Fact]
    public async Task Receive_RequiredPartnerFieldMissing_AnswersAeNamingPid13AndKeepsItRejected()
    {
        // Arrange
        await using var adapter = await StartAsync();
        var message = TestMessage.WithUniqueId();
        await using var connection = await adapter.ConnectAsync();

        // Act
        var ack = await connection.ExchangeAsync(message.ToBytes());

        // Assert
        AckAssert.Error(ack, "AE", message.ControlId, 101, "PID", 13);
        Assert.Contains("acme-labs submitLabResults: patient_email is required", ack.Get("ERR-8"), StringComparison.Ordinal);
        var record = (await adapter.ListJournalAsync()).Single(entry => entry.Identity.ControlId == message.ControlId);
        Assert.Equal(MessageStatus.Rejected, record.Status);
    }

    [Fact]
    public async Task Receive_MessageThePartnerCanTake_IsAcknowledgedAa()
    {
        // Arrange
        await using var adapter = await StartAsync();
        var message = TestMessage.WithUniqueId() with
        {
            Body = ["PID|1||100234567^^^GOODHEALTH^MR||TESTPATIENT^ALPHA||19800101|F|||||^NET^Internet^alpha@example.org", .. TestMessage.DefaultBody.Skip(1)],
        };
        await using var connection = await adapter.ConnectAsync();

        // Act
        var ack = await connection.ExchangeAsync(message.ToBytes());

        // Assert
        AckAssert.Accepted(ack, message.ControlId);
    }

    public void Dispose() => _mappings.Dispose();

    private Task<RunningAdapter> StartAsync() =>
        RunningAdapter.StartAsync(
            [$"--Mappings:Directory={_mappings.Path}", "--Mllp:Listeners:default:CheckMappingsBeforeAck=true"],
            LogEventLevel.Information);
}

using Adapter.Engine.Journal;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>Enhanced acknowledgement mode: commit acknowledgements (CA, CE, CR), sent as MSH-15 asks.</summary>
public sealed class MllpEnhancedModeTests
{
    private const string Enhanced = "--Mllp:Listeners:default:Ack:Mode=Enhanced";


    [Theory]
    [InlineData("")]
    [InlineData("AL")]
    [InlineData("SU")]
    public async Task Send_AcceptAcknowledgmentWanted_Ca(string acceptAcknowledgment)
    {
        await using var adapter = await RunningAdapter.StartAsync(Enhanced);
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId() with { AcceptAcknowledgment = acceptAcknowledgment };

        var ack = await connection.ExchangeAsync(message.ToBytes());

        AckAssert.Code(ack, "CA", message.ControlId);
        Assert.Equal(MessageStatus.Received, Assert.Single(await adapter.ListJournalAsync()).Status);
    }

    [Fact]
    public async Task Send_AcceptAcknowledgmentNever_NothingSentButJournaled()
    {
        await using var adapter = await RunningAdapter.StartAsync(Enhanced);
        await using var connection = await adapter.ConnectAsync();
        var silent = TestMessage.WithUniqueId("NE") with { AcceptAcknowledgment = "NE" };
        var answered = TestMessage.WithUniqueId("AL") with { AcceptAcknowledgment = "AL" };

        await connection.SendAsync(silent.ToBytes());
        // Had the NE message been answered, that answer would come first.
        var ack = await connection.ExchangeAsync(answered.ToBytes());

        AckAssert.Code(ack, "CA", answered.ControlId);
        var journal = await adapter.ListJournalAsync();
        Assert.Equal([(silent.ControlId, MessageStatus.Received), (answered.ControlId, MessageStatus.Received)], journal.Select(record => (record.Identity.ControlId, record.Status)));
    }

    [Fact]
    public async Task Send_UnsupportedVersion_Cr203()
    {
        await using var adapter = await RunningAdapter.StartAsync(Enhanced);
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId() with { Version = "9.9" };

        var ack = await connection.ExchangeAsync(message.ToBytes());

        AckAssert.Error(ack, "CR", message.ControlId, 203, "MSH", 12);
    }

    [Fact]
    public async Task Send_AcceptAcknowledgmentOnError_OnlyTheRejectionAnswered()
    {
        await using var adapter = await RunningAdapter.StartAsync(Enhanced);
        await using var connection = await adapter.ConnectAsync();
        var good = TestMessage.WithUniqueId("OK") with { AcceptAcknowledgment = "ER" };
        var bad = TestMessage.WithUniqueId("BAD") with { AcceptAcknowledgment = "ER", Version = "9.9" };

        await connection.SendAsync(good.ToBytes());
        var ack = await connection.ExchangeAsync(bad.ToBytes());

        AckAssert.Error(ack, "CR", bad.ControlId, 203, "MSH", 12);
        Assert.Equal([MessageStatus.Received, MessageStatus.Rejected], (await adapter.ListJournalAsync()).Select(record => record.Status));
    }
}

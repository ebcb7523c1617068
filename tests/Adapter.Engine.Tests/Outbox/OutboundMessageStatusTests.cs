using System.Text;
using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Support;

namespace Adapter.Engine.Tests.Outbox;

/// <summary>HL7 sent back for an inbound message is part of that message's status, history, replay and cancel.</summary>
public sealed class OutboundMessageStatusTests
{
    private static readonly string[] Reports = ["reports"];

    [Fact]
    public async Task Record_HospitalAnswersAe_MarksTheInboundMessageFailedWithTheReason()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await DeliveredMessageAsync(harness);
        await EnqueueAsync(harness, id);
        var routedWhileQueued = await harness.StatusOfAsync(id);
        var queued = (await harness.Store.HeadAsync("emr", CancellationToken.None))!;

        // Act
        await harness.Store.RecordAsync(new OutboundResult(queued.Id, OutboundStatus.Parked, harness.Time.GetUtcNow(), null, "AE", "Unknown order number."), CancellationToken.None);

        // Assert
        Assert.Equal(MessageStatus.Routed, routedWhileQueued);
        Assert.Equal(MessageStatus.Failed, await harness.StatusOfAsync(id));
        Assert.Contains((await harness.FindAsync(id)).Events, entry => entry.Kind == "outbound" && entry.Detail.Contains("parked for a person: Unknown order number.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replay_MessageWhoseResultWasParked_QueuesTheResultAgainAndRoutesTheMessage()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await DeliveredMessageAsync(harness);
        await EnqueueAsync(harness, id);
        var queued = (await harness.Store.HeadAsync("emr", CancellationToken.None))!;
        await harness.Store.RecordAsync(new OutboundResult(queued.Id, OutboundStatus.Parked, harness.Time.GetUtcNow(), null, "AE", "Unknown order number."), CancellationToken.None);

        // Act
        await harness.Store.ReplayAsync(new ReplayRequest(id, null, Force: false), harness.Time.GetUtcNow(), CancellationToken.None);
        await harness.RouteAllAsync();

        // Assert: the partner call that succeeded is kept; the result goes to the hospital again.
        Assert.Equal(queued.Id, (await harness.Store.HeadAsync("emr", CancellationToken.None))?.Id);
        Assert.Equal(MessageStatus.Routed, await harness.StatusOfAsync(id));
        Assert.Equal(OperationStatus.Succeeded, (await harness.OperationsAsync(id)).Single().Status);
    }

    [Fact]
    public async Task Record_ResultAcknowledged_MarksTheMessageDelivered()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await DeliveredMessageAsync(harness);
        await EnqueueAsync(harness, id);
        var queued = (await harness.Store.HeadAsync("emr", CancellationToken.None))!;

        // Act
        await harness.Store.RecordAsync(new OutboundResult(queued.Id, OutboundStatus.Sent, harness.Time.GetUtcNow(), null, "AA", null), CancellationToken.None);

        // Assert
        Assert.Equal(MessageStatus.Delivered, await harness.StatusOfAsync(id));
    }

    [Fact]
    public async Task Cancel_MessageWithAQueuedResult_CancelsTheResultToo()
    {
        // Arrange
        await using var harness = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        var id = await DeliveredMessageAsync(harness);
        await EnqueueAsync(harness, id);

        // Act
        await harness.Store.CancelAsync(id, harness.Time.GetUtcNow(), CancellationToken.None);

        // Assert
        Assert.Null(await harness.Store.HeadAsync("emr", CancellationToken.None));
        Assert.Equal(MessageStatus.Cancelled, await harness.StatusOfAsync(id));
    }

    private static async Task<long> DeliveredMessageAsync(OutboxHarness harness)
    {
        var id = await harness.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await harness.RouteAllAsync();
        var claimed = (await harness.Store.ClaimAsync("worker", Reports, 10, harness.Time.GetUtcNow(), TimeSpan.FromMinutes(1), CancellationToken.None)).Single();
        await harness.Store.CompleteAsync(new OperationCompletion(claimed.Id, "worker", OperationStatus.Succeeded, harness.Time.GetUtcNow(), null, 201, null, "{}", "done"), CancellationToken.None);
        Assert.Equal(MessageStatus.Delivered, await harness.StatusOfAsync(id));
        return id;
    }

    private static Task<bool> EnqueueAsync(OutboxHarness harness, long messageId) =>
        harness.Store.EnqueueAsync(
            new NewOutboundMessage("emr", $"result/{messageId}", messageId, "R1", "ORU^R01", Encoding.ASCII.GetBytes("MSH|^~\\&|ADAPTER|HOSP|EMR|HOSP|20261120||ORU^R01|R1|P|2.5.1\r")),
            harness.Time.GetUtcNow(),
            CancellationToken.None);
}

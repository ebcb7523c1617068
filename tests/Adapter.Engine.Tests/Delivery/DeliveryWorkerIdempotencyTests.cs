using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;

namespace Adapter.Engine.Tests.Delivery;

public sealed class DeliveryWorkerIdempotencyTests
{
    [Theory]
    [InlineData(0, 2)] // the outbox retries: a second attempt
    [InlineData(1, 1)] // Polly's quick retry: the same attempt
    public async Task RunAsync_PartnerCommitsButAnswersAfterTheTimeout_RetriesWithTheSameKeyAndThePartnerAppliesItOnce(int quickRetries, int attempts)
    {
        // Arrange: the partner stores the report, then answers long after the 1 s attempt timeout.
        await using var harness = await DeliveryHarness.StartAsync(DeliveryHarness.Fast with { QuickRetries = quickRetries });
        harness.Partner.Script(PartnerReply.CommitThenHang(TimeSpan.FromSeconds(20)));
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();

        // Act
        await harness.DeliverAllAsync();

        // Assert
        var operation = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.Succeeded, operation.Status);
        Assert.Equal(attempts, operation.Attempts);
        var requests = harness.Partner.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, request => Assert.Equal(operation.IdempotencyKey, request.IdempotencyKey));
        Assert.Null(requests[0].Status);
        Assert.Equal(200, requests[1].Status); // answered as a repeat of what it had applied
        Assert.Equal(operation.IdempotencyKey, Assert.Single(harness.Partner.Effects).IdempotencyKey);
        Assert.Equal(MessageStatus.Delivered, await harness.Outbox.StatusOfAsync(id));
    }

    [Fact]
    public async Task RunAsync_PartnerCommitsThenDropsTheConnection_RetriesWithTheSameKeyAndThePartnerAppliesItOnce()
    {
        // Arrange
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Partner.Script(PartnerReply.CommitThenAbort);
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();

        // Act
        await harness.DeliverAllAsync();

        // Assert
        var operation = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.Succeeded, operation.Status);
        Assert.Equal(2, operation.Attempts);
        var requests = harness.Partner.Requests;
        Assert.Equal([PartnerReplyKind.CommitThenAbort, PartnerReplyKind.Created], requests.Select(request => request.Reply));
        Assert.All(requests, request => Assert.Equal(operation.IdempotencyKey, request.IdempotencyKey));
        Assert.True(requests[0].Applied);
        Assert.False(requests[1].Applied);
        Assert.Equal(operation.IdempotencyKey, Assert.Single(harness.Partner.Effects).IdempotencyKey);
        Assert.Equal(MessageStatus.Delivered, await harness.Outbox.StatusOfAsync(id));
    }
}

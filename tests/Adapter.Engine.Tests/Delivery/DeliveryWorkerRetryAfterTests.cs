using Adapter.Engine.Outbox;

namespace Adapter.Engine.Tests.Delivery;

public sealed class DeliveryWorkerRetryAfterTests
{
    /// <summary>Leeway for the partner's and the worker's clock readings; never lets an early retry pass.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task RunAsync_PartnerAnswers429WithRetryAfterSeconds_NextRequestWaitsAtLeastThatLong()
    {
        // Arrange: 1 s is beyond MaxQuickRetryAfter, so the wait is the outbox's.
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Partner.Script(PartnerReply.TooManyRequests(TimeSpan.FromSeconds(1)));
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();

        // Act
        await harness.DeliverAllAsync();

        // Assert
        var operation = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.Succeeded, operation.Status);
        var requests = harness.Partner.RequestsFor(operation.IdempotencyKey);
        Assert.Equal(2, requests.Count);
        Assert.Equal(429, requests[0].Status);
        Assert.True(
            requests[1].ReceivedAt >= requests[0].AnsweredAt!.Value + TimeSpan.FromSeconds(1) - Tolerance,
            $"The retry came {(requests[1].ReceivedAt - requests[0].AnsweredAt!.Value).TotalMilliseconds} ms after a 429 asking for 1 s.");
    }

    [Fact]
    public async Task RunAsync_PartnerAnswers429WithRetryAfterDate_NextRequestWaitsUntilThatDate()
    {
        // Arrange: a date 2 s ahead, truncated to whole seconds, so between 1 and 2 s after the answer.
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Partner.Script(PartnerReply.TooManyRequestsUntil(TimeSpan.FromSeconds(2)));
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();

        // Act
        await harness.DeliverAllAsync();

        // Assert
        var operation = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.Succeeded, operation.Status);
        var requests = harness.Partner.RequestsFor(operation.IdempotencyKey);
        Assert.Equal(2, requests.Count);
        var until = requests[0].RetryAfterDate!.Value;
        Assert.True(until - requests[0].AnsweredAt!.Value > TimeSpan.FromSeconds(1), "The scripted date should be over 1 s ahead of the answer.");
        Assert.True(
            requests[1].ReceivedAt >= until - Tolerance,
            $"The retry came {(until - requests[1].ReceivedAt).TotalMilliseconds} ms before the Retry-After date.");
    }
}

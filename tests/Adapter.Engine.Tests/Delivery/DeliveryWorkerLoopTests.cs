using Adapter.Engine.Delivery;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Adapter.Engine.Tests.Delivery;

/// <summary>The worker's loop waits when it has nothing it may do: every slot busy, or due work held by its ordering key.</summary>
public sealed class DeliveryWorkerLoopTests
{
    [Fact]
    public async Task RunAsync_EverySlotBusy_WaitsForACallToEndInsteadOfPollingTheStore()
    {
        // Arrange: one slot, taken by a slow call, while another operation is due.
        await using var outbox = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        outbox.Time.AdjustTime(TimeProvider.System.GetUtcNow());
        await outbox.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await outbox.AppendAsync(LabResults.Entry("C2", "APPT-2"));
        await outbox.RouteAllAsync();
        var store = new CountingStore(outbox.Store);
        var options = new DeliveryOptions { Concurrency = 1, PollInterval = TimeSpan.FromSeconds(1), ShutdownGrace = TimeSpan.FromMilliseconds(100) };
        var worker = new DeliveryWorker(store, [new SlowConnector()], () => outbox.Catalog.Current, options, new PartnerPipelines(options, TimeProvider.System), new RetrySchedule(), new DeliveryMetrics(outbox.Meters, TimeProvider.System), new WorkSignal(), TimeProvider.System, NullLogger<DeliveryWorker>.Instance);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        // Act
        await worker.RunAsync(stop.Token);

        // Assert: a loop that waits asks a few times at most; one that spins asks thousands of times.
        Assert.InRange(store.NextDueCalls, 0, 10);
        Assert.InRange(store.ClaimCalls, 1, 10);
    }

    [Fact]
    public async Task RunAsync_DueOperationHeldByItsOrderingKey_IsLookedAtOncePerPollInterval()
    {
        // Arrange: two calls for one appointment and a free slot: the second is due but must wait for the first.
        await using var outbox = new OutboxHarness(("reports.yaml", TestMappings.Qubs));
        outbox.Time.AdjustTime(TimeProvider.System.GetUtcNow());
        await outbox.AppendAsync(LabResults.Entry("C1", "APPT-1"));
        await outbox.AppendAsync(LabResults.Entry("C2", "APPT-1"));
        await outbox.RouteAllAsync();
        var store = new CountingStore(outbox.Store);
        var options = new DeliveryOptions { Concurrency = 2, PollInterval = TimeSpan.FromSeconds(1), ShutdownGrace = TimeSpan.FromMilliseconds(100) };
        var worker = new DeliveryWorker(store, [new SlowConnector()], () => outbox.Catalog.Current, options, new PartnerPipelines(options, TimeProvider.System), new RetrySchedule(), new DeliveryMetrics(outbox.Meters, TimeProvider.System), new WorkSignal(), TimeProvider.System, NullLogger<DeliveryWorker>.Instance);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        // Act
        await worker.RunAsync(stop.Token);

        // Assert: about three looks in three seconds, not a tight loop.
        Assert.InRange(store.ClaimCalls, 1, 10);
    }

    private sealed class SlowConnector : IPartnerConnector
    {
        public string Kind => "qubs";

        public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return DeliveryResult.Succeeded(200);
        }
    }

    /// <summary>The real store, counting the worker's questions.</summary>
    private sealed class CountingStore(IOutboxStore inner) : IOutboxStore
    {
        public int NextDueCalls;

        public int ClaimCalls;

        public Task<IReadOnlyList<OutboxRoute>> ListRoutesAsync(long messageId, CancellationToken cancellationToken) => inner.ListRoutesAsync(messageId, cancellationToken);

        public Task<IReadOnlyList<OutboxOperation>> ListOperationsAsync(long messageId, CancellationToken cancellationToken) => inner.ListOperationsAsync(messageId, cancellationToken);

        public Task<IReadOnlyList<PartnerBacklog>> BacklogAsync(CancellationToken cancellationToken) => inner.BacklogAsync(cancellationToken);

        public Task<IReadOnlyList<UnroutedMessage>> ListUnroutedAsync(int limit, CancellationToken cancellationToken) => inner.ListUnroutedAsync(limit, cancellationToken);

        public Task<bool> CompleteRoutingAsync(RoutingDecision decision, CancellationToken cancellationToken) => inner.CompleteRoutingAsync(decision, cancellationToken);

        public Task<IReadOnlyList<ClaimedOperation>> ClaimAsync(string leaseOwner, IReadOnlyCollection<string> partners, int limit, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref ClaimCalls);
            return inner.ClaimAsync(leaseOwner, partners, limit, now, lease, cancellationToken);
        }

        public Task<bool> CompleteAsync(OperationCompletion completion, CancellationToken cancellationToken) => inner.CompleteAsync(completion, cancellationToken);

        public Task<DateTimeOffset?> NextDueAsync(IReadOnlyCollection<string> partners, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref NextDueCalls);
            return inner.NextDueAsync(partners, cancellationToken);
        }

        public Task<int> ReleaseAllLeasesAsync(CancellationToken cancellationToken) => inner.ReleaseAllLeasesAsync(cancellationToken);

        public Task<ReplayOutcome> ReplayAsync(ReplayRequest request, DateTimeOffset at, CancellationToken cancellationToken) => inner.ReplayAsync(request, at, cancellationToken);

        public Task<bool> CancelAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken) => inner.CancelAsync(messageId, at, cancellationToken);
    }
}

using Adapter.Engine.Delivery;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Adapter.Engine.Tests.Delivery;

/// <summary>
/// An <see cref="OutboxHarness"/> with the QUBS <c>reports</c> partner, a <see cref="TestPartner"/>
/// on loopback, and a <see cref="DeliveryWorker"/> that calls it through <see cref="HttpTestConnector"/>
/// on the real clock with short delays. Routing keeps the outbox harness's fake clock, moved to the
/// real time before each append and routing: an operation's age (for MaxAge) and due time are
/// counted from the times routing writes, against the worker's real clock.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    /// <summary>How long a test waits for the outbox to settle before it fails.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly List<long> _messages = [];
    private readonly HttpClient _client = new(new SocketsHttpHandler());
    private readonly DeliveryWorker _worker;

    private DeliveryHarness(TestPartner partner, PartnerDeliveryOptions options)
    {
        Partner = partner;
        Options = new DeliveryOptions { PollInterval = TimeSpan.FromMilliseconds(50), Lease = TimeSpan.FromSeconds(30), Defaults = options };
        var time = TimeProvider.System;
        _worker = new DeliveryWorker(
            Outbox.Store,
            [new HttpTestConnector(_client, partner.BaseAddress, time)],
            () => Outbox.Catalog.Current,
            Options,
            new PartnerPipelines(Options, time),
            new RetrySchedule(),
            new DeliveryMetrics(Outbox.Meters, time),
            Outbox.OperationsAdded,
            time,
            NullLogger<DeliveryWorker>.Instance);
    }

    /// <summary>Short delays, no quick retries (one request per attempt) and a circuit that does not open.</summary>
    public static PartnerDeliveryOptions Fast { get; } = new()
    {
        MaxAttempts = 12,
        QuickRetries = 0,
        QuickRetryDelay = TimeSpan.FromMilliseconds(20),
        MaxQuickRetryAfter = TimeSpan.FromMilliseconds(100),
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        RetryMaxDelay = TimeSpan.FromMilliseconds(500),
        AttemptTimeout = TimeSpan.FromSeconds(1),
        CircuitMinimumThroughput = 10_000,
    };

    public OutboxHarness Outbox { get; } = new(("reports.yaml", TestMappings.Qubs));

    public TestPartner Partner { get; }

    public DeliveryOptions Options { get; }

    public static async Task<DeliveryHarness> StartAsync(PartnerDeliveryOptions? options = null) =>
        new(await TestPartner.StartAsync(), options ?? Fast);

    /// <summary>Journals a lab result for one QUBS appointment (the order's placer number).</summary>
    public async Task<long> AppendAsync(string controlId, string appointmentId)
    {
        SyncClock();
        var id = await Outbox.AppendAsync(LabResults.Entry(controlId, appointmentId));
        _messages.Add(id);
        return id;
    }

    public Task RouteAllAsync()
    {
        SyncClock();
        return Outbox.RouteAllAsync();
    }

    public async Task<OutboxOperation> OperationOfAsync(long messageId) => Assert.Single(await Outbox.OperationsAsync(messageId));

    /// <summary>Every operation of the messages appended, in the order of the messages.</summary>
    public async Task<IReadOnlyList<OutboxOperation>> OperationsAsync()
    {
        var operations = new List<OutboxOperation>();
        foreach (var message in _messages)
        {
            operations.AddRange(await Outbox.OperationsAsync(message));
        }

        return operations;
    }

    /// <summary>
    /// Runs the worker until every operation has succeeded, been dead-lettered or cancelled, and for
    /// at least <paramref name="atLeast"/>; then stops it. Fails after <see cref="Deadline"/>.
    /// </summary>
    public async Task DeliverAllAsync(TimeSpan? atLeast = null)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var stop = new CancellationTokenSource();
        var running = _worker.RunAsync(stop.Token);
        try
        {
            while (true)
            {
                var operations = await OperationsAsync();
                var elapsed = TimeProvider.System.GetElapsedTime(started);
                if (operations.Count > 0 && operations.All(IsSettled) && elapsed >= (atLeast ?? TimeSpan.Zero))
                {
                    return;
                }

                if (running.IsCompleted || elapsed > Deadline)
                {
                    await running;
                    throw new TimeoutException($"The outbox did not settle within {Deadline}: {Describe(operations)}; the partner saw {Partner.Requests.Count} requests.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(20));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await running;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Partner.DisposeAsync();
        _client.Dispose();
        await Outbox.DisposeAsync();
    }

    private static bool IsSettled(OutboxOperation operation) =>
        operation.Status is OperationStatus.Succeeded or OperationStatus.DeadLettered or OperationStatus.Cancelled;

    private static string Describe(IEnumerable<OutboxOperation> operations) =>
        string.Join(", ", operations.Select(operation => $"#{operation.Id} {operation.Status} after {operation.Attempts} ({operation.LastError})"));

    private void SyncClock() => Outbox.Time.AdjustTime(TimeProvider.System.GetUtcNow());
}

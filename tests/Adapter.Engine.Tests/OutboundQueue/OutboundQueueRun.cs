using System.Globalization;
using Adapter.Engine.Delivery;
using Adapter.Engine.Outbound;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Outbound;
using Adapter.Engine.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Adapter.Engine.Tests.OutboundQueue;

/// <summary>
/// The outbound worker on the real clock with fast retries, over a real SQLite queue: queue
/// messages, start it, and poll the store until the queue reaches the state a test waits for.
/// Messages are queued at the harness's fake time, days before the real clock: due at once.
/// </summary>
internal sealed class OutboundQueueRun : IAsyncDisposable
{
    public const string Hospital = "goodhealth-emr";

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);
    private readonly CancellationTokenSource _stop = new();
    private readonly OutboundWorker _worker;
    private Task _running = Task.CompletedTask;

    public OutboundQueueRun(params MllpDestination[] destinations)
        : this(maxRefusals: 10, destinations)
    {
    }

    public OutboundQueueRun(int maxRefusals, params MllpDestination[] destinations)
    {
        Sends = new MetricCollector<long>(Harness.Meters, OutboundMetrics.MeterName, "sends");
        Metrics = new OutboundMetrics(Harness.Meters, TimeProvider.System);
        var options = new OutboundOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(50),
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
            RetryMaxDelay = TimeSpan.FromMilliseconds(300),
            MaxRefusals = maxRefusals,
        };
        _worker = new OutboundWorker(Harness.Store, destinations, options, new RetrySchedule(), Metrics, new WorkSignal(), TimeProvider.System, NullLoggerFactory.Instance);
    }

    public OutboxHarness Harness { get; } = new();

    public OutboundMetrics Metrics { get; }

    /// <summary>The worker's <c>sends</c> counter, one measurement per send.</summary>
    public MetricCollector<long> Sends { get; }

    /// <summary>A destination on loopback; the ACK timeout is long unless a test waits for it on purpose.</summary>
    public static MllpDestination Destination(int port, string name = Hospital, TimeSpan? ackTimeout = null) => new()
    {
        Name = name,
        Host = "127.0.0.1",
        Port = port,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        AckTimeout = ackTimeout ?? TimeSpan.FromSeconds(10),
    };

    public static string ControlId(int number) => string.Create(CultureInfo.InvariantCulture, $"RES{number:D3}");

    public static string[] ControlIds(params int[] numbers) => [.. numbers.Select(ControlId)];

    /// <summary>Queues messages RES001..RES<paramref name="count"/> for a destination, in that order; returns their ids.</summary>
    public async Task<IReadOnlyList<long>> EnqueueAsync(int count, string destination = Hospital)
    {
        var messages = Enumerable.Range(1, count)
            .Select(number => new NewOutboundMessage(destination, $"{destination}/{ControlId(number)}", null, ControlId(number), "ORU^R01", OutboundTestMessages.Oru(ControlId(number))))
            .ToList();
        await Harness.Store.EnqueueManyAsync(messages, Harness.Time.GetUtcNow(), CancellationToken.None);
        return [.. (await MessagesAsync(destination)).Select(message => message.Id)];
    }

    public void Start() => _running = Task.Run(() => _worker.RunAsync(_stop.Token));

    /// <summary>A destination's queued messages, sent or not, in queue order of first enqueueing.</summary>
    public Task<IReadOnlyList<OutboundMessage>> MessagesAsync(string destination = Hospital) =>
        Harness.Store.ListOutboundAsync(null, destination, 0, 1000, CancellationToken.None);

    /// <summary>Polls a destination's messages until <paramref name="done"/> holds; fails after a generous limit.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> UntilAsync(Func<IReadOnlyList<OutboundMessage>, bool> done, string destination = Hospital)
    {
        using var limit = new CancellationTokenSource(WaitLimit);
        while (true)
        {
            var messages = await MessagesAsync(destination);
            if (done(messages))
            {
                return messages;
            }

            if (limit.IsCancellationRequested)
            {
                var states = string.Join(", ", messages.Select(message => $"{message.ControlId}={message.Status}/{message.Attempts}"));
                throw new TimeoutException($"The queue for {destination} did not get there: {states}");
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }

    public Task<IReadOnlyList<OutboundMessage>> UntilNonePendingAsync(string destination = Hospital) =>
        UntilAsync(messages => messages.All(message => message.Status != OutboundStatus.Pending), destination);

    /// <summary>Sends counted by outcome, once <paramref name="total"/> have been counted (the count follows the store's record).</summary>
    public async Task<IReadOnlyDictionary<string, long>> SendsByOutcomeAsync(int total)
    {
        await Eventually.TrueAsync(() => Sends.GetMeasurementSnapshot().Sum(measurement => measurement.Value) >= total);
        return Sends.GetMeasurementSnapshot()
            .GroupBy(measurement => (string)measurement.Tags["outcome"]!)
            .ToDictionary(group => group.Key, group => group.Sum(measurement => measurement.Value));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        Sends.Dispose();
        await Harness.DisposeAsync();
        _stop.Dispose();
    }
}

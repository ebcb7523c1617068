using System.Text.Json;
using System.Text.Json.Nodes;
using Adapter.Engine.Outbox;
using Adapter.Mapping.Loading;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Adapter.Engine.Delivery;

/// <summary>
/// Runs the outbox: claims due operations of the partners that have a connector (up to
/// <see cref="DeliveryOptions.Concurrency"/> at once, one at a time per ordering key), runs each
/// through its partner's Polly pipeline and records what became of it. Work not recorded (a crash,
/// a shutdown mid-call) comes back when its lease does, and the idempotency key makes the repeat safe.
/// </summary>
public sealed partial class DeliveryWorker(
    IOutboxStore store,
    IEnumerable<IPartnerConnector> connectors,
    Func<MappingSnapshot> mappings,
    DeliveryOptions options,
    PartnerPipelines pipelines,
    RetrySchedule schedule,
    DeliveryMetrics metrics,
    WorkSignal signal,
    TimeProvider time,
    ILogger<DeliveryWorker> logger)
{
    private static readonly TimeSpan BacklogInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StoreFailurePause = TimeSpan.FromSeconds(2);

    // The last connector registered for a kind serves it, so a host can replace a built-in one.
    private readonly Dictionary<string, IPartnerConnector> _connectors = connectors
        .GroupBy(connector => connector.Kind, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Last(), StringComparer.Ordinal);

    /// <summary>Identifies this process's claims.</summary>
    public string LeaseOwner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        var backlogAt = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                running.RemoveAll(task => task.IsCompleted);
                var snapshot = mappings();
                var partners = snapshot.Partners.Where(partner => _connectors.ContainsKey(partner.Kind.Name)).Select(partner => partner.Partner).ToList();
                var free = options.Concurrency - running.Count;
                var claimedAll = false;
                try
                {
                    if (free > 0 && partners.Count > 0)
                    {
                        var claimed = await store.ClaimAsync(LeaseOwner, partners, free, time.GetUtcNow(), options.Lease, stoppingToken).ConfigureAwait(false);
                        running.AddRange(claimed.Select(operation => RunOneAsync(operation, snapshot, stoppingToken)));
                        claimedAll = claimed.Count == free;
                    }

                    if (time.GetUtcNow() - backlogAt >= BacklogInterval)
                    {
                        metrics.UpdateBacklog(await store.BacklogAsync(stoppingToken).ConfigureAwait(false));
                        backlogAt = time.GetUtcNow();
                    }

                    if (!claimedAll)
                    {
                        await WaitForWorkAsync(running, partners, stoppingToken).ConfigureAwait(false);
                    }
                    else if (running.Count >= options.Concurrency)
                    {
                        await Task.WhenAny(running).WaitAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogStoreFailed(logger, exception.GetType().Name, exception);
                    await Task.Delay(StoreFailurePause, time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: calls in flight are cancelled with the same token; their leases expire.
        }

        await Task.WhenAll(running.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
    }

    /// <summary>Until new work is signalled, a call ends, the next retry falls due, or the poll interval passes.</summary>
    private async Task WaitForWorkAsync(List<Task> running, IReadOnlyCollection<string> partners, CancellationToken stoppingToken)
    {
        var wait = options.PollInterval;
        if (partners.Count > 0 && await store.NextDueAsync(partners, stoppingToken).ConfigureAwait(false) is { } due)
        {
            var untilDue = due - time.GetUtcNow();
            wait = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < wait ? untilDue : wait;
        }

        if (wait == TimeSpan.Zero && running.Count < options.Concurrency)
        {
            // Due, but held by its ordering key or already running: look again after a call ends or the interval.
            wait = options.PollInterval;
        }

        var signalled = signal.WaitAsync(wait, stoppingToken);
        await (running.Count == 0 ? signalled : Task.WhenAny(running.Append(signalled))).ConfigureAwait(false);
    }

    private async Task RunOneAsync(ClaimedOperation operation, MappingSnapshot snapshot, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var mapping = snapshot.Find(operation.Partner)!;
        var partnerOptions = options.For(operation.Partner);
        var request = new DeliveryRequest(mapping, operation.Operation, operation.Method, operation.Path, ParseBody(operation.Body), operation.IdempotencyKey, operation.Attempt, operation.Id);
        var connector = _connectors[mapping.Kind.Name];
        DeliveryResult result;
        try
        {
            result = await pipelines.For(operation.Partner)
                .ExecuteAsync(async token => await connector.SendAsync(request, token).ConfigureAwait(false), stoppingToken)
                .ConfigureAwait(false);
        }
        catch (BrokenCircuitException broken)
        {
            result = new DeliveryResult(DeliveryOutcome.NotAttempted, null, $"the circuit to {operation.Partner} is open after repeated failures.") { RetryAfter = broken.RetryAfter };
        }
        catch (TimeoutRejectedException)
        {
            result = DeliveryResult.Transient(null, $"No answer within {partnerOptions.AttemptTimeout.TotalSeconds:0.#} s.");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            // A connector should classify its failures; one that throws is treated as a passing failure, not a crash.
            result = HttpDeliveryResults.FromException(exception);
        }

        var now = time.GetUtcNow();
        var completion = DeliveryDecisions.Decide(operation, result, LeaseOwner, now, partnerOptions, schedule);
        metrics.RecordAttempt(operation.Partner, operation.Operation, result.Outcome);
        try
        {
            // Recorded even while stopping: the partner has answered, and forgetting it would send it again.
            if (!await store.CompleteAsync(completion, CancellationToken.None).ConfigureAwait(false))
            {
                LogLeaseLost(logger, operation.Id, operation.Partner);
                return;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRecordFailed(logger, operation.Id, operation.Partner, exception.GetType().Name, exception);
            return;
        }

        if (completion.Status == OperationStatus.Succeeded)
        {
            metrics.RecordSuccess(operation.Partner, now - operation.CreatedAt);
        }

        LogAttempt(logger, operation.Id, operation.MessageId, operation.Partner, operation.Operation, operation.Attempt, result.Outcome, result.StatusCode, completion.Status.ToName());
    }

    private static JsonObject ParseBody(string body) =>
        JsonNode.Parse(body) as JsonObject ?? throw new JsonException("An operation's body is not a JSON object.");
}

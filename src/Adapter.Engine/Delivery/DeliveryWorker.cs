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

    private long _claims;

    /// <summary>Identifies this process's claims; each claim adds its own number, so a lease this process lost is not mistaken for one it holds.</summary>
    public string LeaseOwner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        // Calls in flight at a stop get a grace period to finish and be recorded: a call cut off
        // after the partner took it would be sent again at start.
        using var calls = new CancellationTokenSource();
        using var stopping = stoppingToken.Register(() => calls.CancelAfter(options.ShutdownGrace));
        var running = new List<Task>();
        var backlogAt = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            try
            {
                if (time.GetUtcNow() - backlogAt >= BacklogInterval)
                {
                    metrics.UpdateBacklog(await store.BacklogAsync(stoppingToken).ConfigureAwait(false));
                    backlogAt = time.GetUtcNow();
                }

                var snapshot = mappings();
                var partners = snapshot.Partners.Where(partner => _connectors.ContainsKey(partner.Kind.Name)).Select(partner => partner.Partner).ToList();
                var free = options.Concurrency - running.Count;
                if (free <= 0)
                {
                    await Task.WhenAny(running).WaitAsync(stoppingToken).ConfigureAwait(false);
                    continue;
                }

                var claimed = partners.Count == 0 ? [] : await ClaimAsync(partners, free, stoppingToken).ConfigureAwait(false);
                running.AddRange(claimed.Select(operation => RunOneAsync(operation.Claimed, operation.Owner, snapshot, calls.Token)));
                if (claimed.Count < free)
                {
                    await WaitForWorkAsync(running, partners, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                LogStoreFailed(logger, exception.GetType().Name, exception);
                await Task.Delay(StoreFailurePause, time, CancellationToken.None).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(running.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<(ClaimedOperation Claimed, string Owner)>> ClaimAsync(IReadOnlyCollection<string> partners, int limit, CancellationToken stoppingToken)
    {
        var owner = $"{LeaseOwner}/{Interlocked.Increment(ref _claims)}";
        var claimed = await store.ClaimAsync(owner, partners, limit, time.GetUtcNow(), options.Lease, stoppingToken).ConfigureAwait(false);
        return claimed.Select(operation => (operation, owner)).ToList();
    }

    /// <summary>
    /// Until new work is signalled, a call ends, or the next retry falls due, at most the poll
    /// interval. An operation already due that could not be claimed is held by its ordering key or
    /// a lease; it is looked at again after the interval, never in a tight loop.
    /// </summary>
    private async Task WaitForWorkAsync(List<Task> running, IReadOnlyCollection<string> partners, CancellationToken stoppingToken)
    {
        var wait = options.PollInterval;
        if (partners.Count > 0 && await store.NextDueAsync(partners, stoppingToken).ConfigureAwait(false) is { } due)
        {
            var untilDue = due - time.GetUtcNow();
            if (untilDue > TimeSpan.Zero && untilDue < wait)
            {
                wait = untilDue;
            }
        }

        var signalled = signal.WaitAsync(wait, stoppingToken);
        await (running.Count == 0 ? signalled : Task.WhenAny(running.Append(signalled))).ConfigureAwait(false);
    }

    private async Task RunOneAsync(ClaimedOperation operation, string leaseOwner, MappingSnapshot snapshot, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var partnerOptions = options.For(operation.Partner);
        DeliveryResult result;
        try
        {
            var mapping = snapshot.Find(operation.Partner) ?? throw new InvalidOperationException($"The mapping of {operation.Partner} is no longer loaded.");
            var request = new DeliveryRequest(mapping, operation.Operation, operation.Method, operation.Path, ParseBody(operation.Body), operation.IdempotencyKey, operation.Attempt, operation.Id);
            var connector = _connectors[mapping.Kind.Name];
            result = await pipelines.For(operation.Partner)
                .ExecuteAsync(async token => await connector.SendAsync(request, token).ConfigureAwait(false), cancellationToken)
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
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cut off at the end of the shutdown grace: the lease is freed at start and the call made again.
            return;
        }
        catch (Exception exception)
        {
            // A connector should classify its failures; one that throws is treated as a passing failure, not a crash.
            result = HttpDeliveryResults.FromException(exception);
        }

        var now = time.GetUtcNow();
        var completion = DeliveryDecisions.Decide(operation, result, leaseOwner, now, partnerOptions, schedule);
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

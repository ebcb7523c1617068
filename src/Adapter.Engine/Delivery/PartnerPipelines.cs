using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Adapter.Engine.Delivery;

/// <summary>
/// One Polly pipeline per partner, kept for the process so its circuit breaker remembers the
/// partner's health: quick retries with exponential backoff and jitter that honour a short
/// <c>Retry-After</c> (outermost), a circuit breaker, and a timeout per call (innermost). Longer
/// waits are the outbox's (<see cref="RetrySchedule"/>), so a worker is never parked for minutes.
/// </summary>
public sealed class PartnerPipelines(DeliveryOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<DeliveryResult>> _pipelines = new(StringComparer.Ordinal);

    public ResiliencePipeline<DeliveryResult> For(string partner) =>
        _pipelines.GetOrAdd(partner, name => Build(options.For(name), time));

    private static ResiliencePipeline<DeliveryResult> Build(PartnerDeliveryOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<DeliveryResult> { TimeProvider = time };
        // Quick retries stop once a failure has opened the circuit: the failure is returned as it
        // is (an attempt that reached the partner), rather than a broken-circuit refusal after it.
        var circuit = new CircuitBreakerStateProvider();
        if (options.QuickRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<DeliveryResult>
            {
                ShouldHandle = arguments => ValueTask.FromResult(circuit.CircuitState == CircuitState.Closed && arguments.Outcome switch
                {
                    { Result: { Outcome: DeliveryOutcome.Transient } result } => result.RetryAfter is not { } asked || asked <= options.MaxQuickRetryAfter,
                    { Exception: TimeoutRejectedException } => true,
                    _ => false,
                }),
                MaxRetryAttempts = options.QuickRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.QuickRetryDelay,
                // The partner's Retry-After wins over our backoff; null keeps the backoff.
                DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result?.RetryAfter),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<DeliveryResult>
            {
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome switch
                {
                    { Result.Outcome: DeliveryOutcome.Transient } => true,
                    { Exception: TimeoutRejectedException } => true,
                    _ => false,
                }),
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = options.CircuitSamplingDuration,
                BreakDuration = options.CircuitBreakDuration,
                StateProvider = circuit,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}

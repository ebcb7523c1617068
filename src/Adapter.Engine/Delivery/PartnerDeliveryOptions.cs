using System.ComponentModel.DataAnnotations;

namespace Adapter.Engine.Delivery;

/// <summary>How hard delivery tries one partner: configuration <c>Delivery:Defaults</c>, overridden per partner in <c>Delivery:Partners:NAME</c>.</summary>
public sealed record PartnerDeliveryOptions
{
    /// <summary>Attempts (outbox claims, each with its in-process retries) before an operation is dead-lettered.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; init; } = 12;

    /// <summary>How long an operation may keep failing before it is dead-lettered, whatever its attempts.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The longest one call may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Quick retries inside one attempt, for a blip; longer waits go back to the outbox.</summary>
    [Range(0, 10)]
    public int QuickRetries { get; init; } = 2;

    /// <summary>The first quick retry's delay, doubled (with jitter) for the next.</summary>
    public TimeSpan QuickRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> waited for in process; a longer one returns the operation to the outbox until then.</summary>
    public TimeSpan MaxQuickRetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The outbox's first retry delay, doubled per attempt.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The outbox's longest retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The share of failed calls, over <see cref="CircuitSamplingDuration"/>, that opens the partner's circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; init; } = 0.5;

    /// <summary>Calls needed in the sampling window before the ratio counts.</summary>
    [Range(2, 10000)]
    public int CircuitMinimumThroughput { get; init; } = 10;

    public TimeSpan CircuitSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit stops calls before one is let through to test the partner.</summary>
    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The time settings' own rules (Polly needs at least half a second for the circuit's windows),
    /// and that a claim's lease outlasts a whole attempt with its quick retries, so an operation is
    /// never claimed again while its first call runs.
    /// </summary>
    internal IEnumerable<ValidationResult> CheckTimes(TimeSpan lease)
    {
        if (MaxAge <= TimeSpan.Zero || AttemptTimeout <= TimeSpan.Zero || QuickRetryDelay <= TimeSpan.Zero || RetryBaseDelay <= TimeSpan.Zero || MaxQuickRetryAfter < TimeSpan.Zero)
        {
            yield return new ValidationResult("MaxAge, AttemptTimeout, QuickRetryDelay and RetryBaseDelay must be positive.");
        }

        if (RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult("RetryMaxDelay must be at least RetryBaseDelay.");
        }

        if (CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return new ValidationResult("CircuitSamplingDuration and CircuitBreakDuration must be at least 00:00:00.5.");
        }

        var longestWait = QuickRetryDelay * Math.Pow(2, QuickRetries) > MaxQuickRetryAfter ? QuickRetryDelay * Math.Pow(2, QuickRetries) : MaxQuickRetryAfter;
        var longestAttempt = (AttemptTimeout + longestWait) * (QuickRetries + 1);
        if (lease <= longestAttempt)
        {
            yield return new ValidationResult($"an attempt may take up to {longestAttempt} with its quick retries; Delivery:Lease ({lease}) must be longer.");
        }
    }
}

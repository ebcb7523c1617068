namespace Adapter.Engine.Delivery;

/// <summary>
/// When something that failed for a passing reason (an operation, an outbound message) runs again: exponential backoff from
/// <see cref="PartnerDeliveryOptions.RetryBaseDelay"/> up to <see cref="PartnerDeliveryOptions.RetryMaxDelay"/>,
/// spread by ±20% jitter so that a partner coming back is not met by every retry at once, and
/// never before the partner's <c>Retry-After</c>.
/// </summary>
public sealed class RetrySchedule(Random random)
{
    public RetrySchedule()
        : this(Random.Shared)
    {
    }

    public DateTimeOffset Next(int attempt, DateTimeOffset now, TimeSpan? retryAfter, PartnerDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Next(attempt, now, retryAfter, options.RetryBaseDelay, options.RetryMaxDelay);
    }

    /// <summary>The same schedule for anything else retried durably (the outbound HL7 queue).</summary>
    public DateTimeOffset Next(int attempt, DateTimeOffset now, TimeSpan? retryAfter, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = attempt <= 1 ? 0 : Math.Min(attempt - 1, 30);
        var backoff = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(backoff * (0.8 + (0.4 * random.NextDouble())));
        return now + (retryAfter is { } asked && asked > jittered ? asked : jittered);
    }
}

namespace Adapter.Engine.Delivery;

/// <summary>What became of one attempt.</summary>
/// <param name="Outcome">Succeeded, transient, permanent or not attempted.</param>
/// <param name="StatusCode">The partner's HTTP status, when it answered.</param>
/// <param name="Reason">Why it failed, as the partner or the transport said it; null on success.</param>
public sealed record DeliveryResult(DeliveryOutcome Outcome, int? StatusCode, string? Reason)
{
    /// <summary>How long the partner asked us to wait (<c>Retry-After</c>), measured from when it answered.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The partner's answer to a success (JSON or text), kept for the return path.</summary>
    public string? Response { get; init; }

    public static DeliveryResult Succeeded(int? statusCode, string? response = null) =>
        new(DeliveryOutcome.Succeeded, statusCode, null) { Response = response };

    public static DeliveryResult Transient(int? statusCode, string reason, TimeSpan? retryAfter = null) =>
        new(DeliveryOutcome.Transient, statusCode, reason) { RetryAfter = retryAfter };

    public static DeliveryResult Permanent(int? statusCode, string reason) =>
        new(DeliveryOutcome.Permanent, statusCode, reason);
}

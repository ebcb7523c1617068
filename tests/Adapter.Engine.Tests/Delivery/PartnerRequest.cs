namespace Adapter.Engine.Tests.Delivery;

/// <summary>One request as the <see cref="TestPartner"/> received it, and how it answered.</summary>
/// <param name="Number">Its place in the order of arrival, from 0.</param>
/// <param name="ReceivedAt">When its body had been read.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path.</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> header, or null when there was none.</param>
/// <param name="Body">The request body.</param>
/// <param name="Reply">The behaviour it met.</param>
internal sealed record PartnerRequest(int Number, DateTimeOffset ReceivedAt, string Method, string Path, string? IdempotencyKey, string Body, PartnerReplyKind Reply)
{
    /// <summary>When the answer started to be written; null when none was (a dropped or abandoned connection).</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    public int? Status { get; init; }

    /// <summary>The <c>Retry-After</c> HTTP date sent, if one was.</summary>
    public DateTimeOffset? RetryAfterDate { get; init; }

    /// <summary>Whether this request applied an effect (the first to apply its key).</summary>
    public bool Applied { get; init; }
}

namespace Adapter.Engine.Tests.Delivery;

/// <summary>One scripted answer of the <see cref="TestPartner"/>.</summary>
internal sealed record PartnerReply(PartnerReplyKind Kind)
{
    public static PartnerReply Created { get; } = new(PartnerReplyKind.Created);

    public static PartnerReply ServerError { get; } = new(PartnerReplyKind.ServerError);

    public static PartnerReply CommitThenAbort { get; } = new(PartnerReplyKind.CommitThenAbort);

    public static PartnerReply Abort { get; } = new(PartnerReplyKind.Abort);

    /// <summary>The <c>Retry-After</c> sent: whole seconds, or for an HTTP date the time ahead of the answer.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public string? Title { get; init; }

    public string? Detail { get; init; }

    /// <summary>How long a <see cref="PartnerReplyKind.CommitThenHang"/> answer is held back.</summary>
    public TimeSpan Hang { get; init; }

    public static PartnerReply Unavailable(TimeSpan? retryAfter = null) => new(PartnerReplyKind.Unavailable) { RetryAfter = retryAfter };

    public static PartnerReply TooManyRequests(TimeSpan retryAfter) => new(PartnerReplyKind.TooManyRequests) { RetryAfter = retryAfter };

    /// <summary>429 asking to wait until an HTTP date about <paramref name="ahead"/> away (the date has whole seconds, so up to 1 s less).</summary>
    public static PartnerReply TooManyRequestsUntil(TimeSpan ahead) => new(PartnerReplyKind.TooManyRequestsUntil) { RetryAfter = ahead };

    public static PartnerReply Problem(string title, string detail) => new(PartnerReplyKind.Problem) { Title = title, Detail = detail };

    public static PartnerReply CommitThenHang(TimeSpan hang) => new(PartnerReplyKind.CommitThenHang) { Hang = hang };
}

namespace Adapter.Engine.Tests.Delivery;

/// <summary>How the <see cref="TestPartner"/> answers one request.</summary>
internal enum PartnerReplyKind
{
    /// <summary>Applies the request (once per Idempotency-Key) and answers 201, or 200 for a key it already applied.</summary>
    Created,

    /// <summary>500, nothing applied.</summary>
    ServerError,

    /// <summary>503, nothing applied, with <c>Retry-After</c> in seconds when scripted.</summary>
    Unavailable,

    /// <summary>429 with <c>Retry-After</c> in seconds, nothing applied.</summary>
    TooManyRequests,

    /// <summary>429 with <c>Retry-After</c> as an HTTP date, nothing applied.</summary>
    TooManyRequestsUntil,

    /// <summary>400 with an RFC 7807 <c>application/problem+json</c> body, nothing applied.</summary>
    Problem,

    /// <summary>Applies the request, then answers only after longer than the client waits.</summary>
    CommitThenHang,

    /// <summary>Applies the request, then drops the connection: the answer is lost.</summary>
    CommitThenAbort,

    /// <summary>Drops the connection without applying anything.</summary>
    Abort,
}

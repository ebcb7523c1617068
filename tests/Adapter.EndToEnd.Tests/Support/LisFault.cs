namespace Adapter.EndToEnd.Tests.Support;

/// <summary>How the <see cref="TestLisPartner"/> answered one request: normally, with an injected fault, or with a refusal.</summary>
internal enum LisFault
{
    /// <summary>Applied (or found already applied) and answered 201.</summary>
    None,

    /// <summary>500, nothing applied.</summary>
    ServerError,

    /// <summary>503, nothing applied.</summary>
    Unavailable,

    /// <summary>429 with <c>Retry-After: 1</c>, nothing applied.</summary>
    TooManyRequests,

    /// <summary>Applied, then no answer for 3 s: longer than the adapter waits, so it sees a timeout after the commit.</summary>
    AppliedThenStall,

    /// <summary>Applied, then the connection aborted: the answer is lost.</summary>
    AppliedThenAbort,

    /// <summary>The connection aborted before anything was applied.</summary>
    AbortBeforeApply,

    /// <summary>Refused 401: the API key was not the configured one.</summary>
    WrongApiKey,

    /// <summary>Refused 400: no <c>Idempotency-Key</c>.</summary>
    NoIdempotencyKey,

    /// <summary>Refused 404: not <c>POST /tests</c>.</summary>
    NotFound,

    /// <summary>The client went away while its body was being read.</summary>
    ClientGone,
}

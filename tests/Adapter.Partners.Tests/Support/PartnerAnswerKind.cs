namespace Adapter.Partners.Tests.Support;

/// <summary>How the <see cref="LoopbackPartner"/> treats a request.</summary>
internal enum PartnerAnswerKind
{
    /// <summary>Answers with a status, headers and a body.</summary>
    Respond,

    /// <summary>Never answers; gives up when the client does or the partner stops.</summary>
    Hang,

    /// <summary>Drops the connection without answering.</summary>
    Reset,
}

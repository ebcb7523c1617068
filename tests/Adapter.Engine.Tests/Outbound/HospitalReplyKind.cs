namespace Adapter.Engine.Tests.Outbound;

/// <summary>How <see cref="TestHospitalListener"/> answers one received message.</summary>
internal enum HospitalReplyKind
{
    /// <summary>An acknowledgement with the reply's code (and ERR text), at once.</summary>
    Ack,

    /// <summary>An AA after the reply's delay, on the listener's clock.</summary>
    Late,

    /// <summary>An AA whose MSA-2 names another message.</summary>
    WrongControlId,

    /// <summary>The AA twice in one write: the second is a stale duplicate.</summary>
    Twice,

    /// <summary>An AA, then the connection is closed: an engine that hangs up on idle connections.</summary>
    AcceptThenHangUp,

    /// <summary>The connection is closed without an answer.</summary>
    Drop,

    /// <summary>No answer at all; the connection stays open.</summary>
    Never,

    /// <summary>A frame that is not HL7.</summary>
    Garbage,

    /// <summary>An AA padded far past any small frame limit.</summary>
    Oversized,
}

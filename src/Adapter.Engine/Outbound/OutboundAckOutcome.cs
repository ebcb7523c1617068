namespace Adapter.Engine.Outbound;

/// <summary>What became of one message sent to a destination, as the queue acts on it.</summary>
public enum OutboundAckOutcome
{
    /// <summary>MSA-1 AA or CA for the message sent: done.</summary>
    Accepted,

    /// <summary>MSA-1 AE or CE: the hospital refused the content; a person has to look at it.</summary>
    ApplicationError,

    /// <summary>MSA-1 AR or CR: the hospital could not take it now; send it again later.</summary>
    Rejected,

    /// <summary>An acknowledgement came whose MSA-2 is not the control id sent; the connection was reset.</summary>
    Mismatched,

    /// <summary>No acknowledgement within the destination's ACK timeout; the connection was reset.</summary>
    TimedOut,

    /// <summary>The connection closed or failed while sending or waiting; it was reset.</summary>
    ConnectionLost,

    /// <summary>No connection could be made (refused, unreachable, timed out, TLS failed); nothing was sent.</summary>
    ConnectFailed,

    /// <summary>The answer was not an HL7 message with an MSA segment and a known MSA-1; the connection was reset.</summary>
    Unreadable,
}

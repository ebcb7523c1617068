namespace Adapter.Host.Cli.Messages;

/// <summary>What became of a replay or cancel asked for on the command line.</summary>
internal enum ChangeResult
{
    Done,

    /// <summary>There is no such message.</summary>
    NotFound,

    /// <summary>The message was never accepted (rejected, conflict), so there is nothing to deliver.</summary>
    Refused,

    /// <summary>A call of the message is running now; replay it once the call has ended.</summary>
    InFlight,
}

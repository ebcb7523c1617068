using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Outbound;

// Queue ids, destination names, control ids and outcomes only: never message content or ERR text.
public sealed partial class OutboundWorker
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Outbound {OutboundId} ({ControlId}) to {Destination}, attempt {Attempt}: {Outcome} ({AckCode}); now {Status}")]
    private static partial void LogSent(ILogger logger, long outboundId, string destination, string controlId, int attempt, OutboundAckOutcome outcome, string? ackCode, string status);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Error, Message = "The outbound queue for {Destination} could not be read or written ({ErrorType}); trying again shortly")]
    private static partial void LogStoreFailed(ILogger logger, string destination, string errorType, Exception exception);
}

using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Routing;

// Journal ids, control ids and counts only.
public sealed partial class RoutingWorker
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Message {MessageId} ({ControlId}) routed: planned for {Planned} partner(s), failed for {Failed}, {Operations} operation(s)")]
    private static partial void LogRouted(ILogger logger, long messageId, string controlId, int planned, int failed, int operations);

    // The type only: a conversion or planning defect's message may quote a value from the message.
    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Message {MessageId} could not be routed ({ErrorType} at {Site}); it is marked failed")]
    private static partial void LogRouteFailed(ILogger logger, long messageId, string errorType, string site);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "The outbox could not be read or written while routing ({ErrorType}); trying again shortly")]
    private static partial void LogStoreFailed(ILogger logger, string errorType, Exception exception);
}

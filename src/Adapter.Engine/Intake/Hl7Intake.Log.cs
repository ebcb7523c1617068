using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Intake;

// Identifiers only: control ids, message types, listener names, journal ids and error codes.
public sealed partial class Hl7Intake
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Message {ControlId} ({MessageType}) on {Listener} journaled as {MessageId}")]
    private static partial void LogAccepted(ILogger logger, string controlId, string messageType, string listener, long messageId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Message {ControlId} on {Listener} is a resend of {MessageId}; the original acknowledgement was sent again")]
    private static partial void LogDuplicate(ILogger logger, string controlId, string listener, long messageId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Message {ControlId} on {Listener} reuses the key of {OriginalId} with different content; kept as {MessageId} for review")]
    private static partial void LogConflict(ILogger logger, string controlId, string listener, long messageId, long originalId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Message {ControlId} on {Listener} rejected with {AckCode}: error {ErrorCode} at {Location}")]
    private static partial void LogRejected(ILogger logger, string controlId, string listener, string ackCode, int errorCode, string location);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Unreadable message on {Listener} rejected: error {ErrorCode} at byte {Position}")]
    private static partial void LogUnreadable(ILogger logger, string listener, int errorCode, long position);
}

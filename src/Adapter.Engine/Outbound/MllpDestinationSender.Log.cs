using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Outbound;

// Identifiers only: destination names, control ids, ACK codes, outcomes and timings. Never the
// message, the acknowledgement or its error text.
public sealed partial class MllpDestinationSender
{
    private void LogOutcome(string controlId, OutboundAck ack, Exception? error)
    {
        var elapsed = Milliseconds(ack.Elapsed);
        switch (ack.Outcome)
        {
            case OutboundAckOutcome.Accepted:
                LogAccepted(logger, destination.Name, controlId, ack.AckCode, elapsed);
                break;
            case OutboundAckOutcome.ApplicationError or OutboundAckOutcome.Rejected:
                LogRefused(logger, destination.Name, controlId, ack.Outcome, ack.AckCode, elapsed);
                break;
            case OutboundAckOutcome.Mismatched:
                LogMismatched(logger, destination.Name, controlId, ack.AcknowledgedControlId, ack.AckCode, elapsed);
                break;
            case OutboundAckOutcome.ConnectionLost:
                LogConnectionLost(logger, destination.Name, controlId, elapsed, error);
                break;
            default:
                LogUnreadable(logger, destination.Name, controlId, ack.AckCode, elapsed);
                break;
        }
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Debug, Message = "Message {ControlId} to {Destination} accepted with {AckCode} in {ElapsedMs} ms")]
    private static partial void LogAccepted(ILogger logger, string destination, string controlId, string? ackCode, long elapsedMs);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Message {ControlId} to {Destination} answered {AckCode} ({Outcome}) in {ElapsedMs} ms")]
    private static partial void LogRefused(ILogger logger, string destination, string controlId, OutboundAckOutcome outcome, string? ackCode, long elapsedMs);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Message {ControlId} to {Destination} got an {AckCode} for control id {AcknowledgedControlId} in {ElapsedMs} ms; connection reset")]
    private static partial void LogMismatched(ILogger logger, string destination, string controlId, string? acknowledgedControlId, string? ackCode, long elapsedMs);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "Message {ControlId} to {Destination} not acknowledged within {ElapsedMs} ms; connection reset")]
    private static partial void LogTimedOut(ILogger logger, string destination, string controlId, long elapsedMs);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "Connection to {Destination} lost while message {ControlId} was sent or awaited its acknowledgement ({ElapsedMs} ms)")]
    private static partial void LogConnectionLost(ILogger logger, string destination, string controlId, long elapsedMs, Exception? exception);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning, Message = "Could not connect to {Destination} at {Host}:{Port} to send message {ControlId}")]
    private static partial void LogConnectFailed(ILogger logger, string destination, string host, int port, string controlId, Exception exception);

    [LoggerMessage(EventId = 6107, Level = LogLevel.Warning, Message = "Message {ControlId} to {Destination} got an answer that is not a readable acknowledgement (MSA-1 {AckCode}) in {ElapsedMs} ms; connection reset")]
    private static partial void LogUnreadable(ILogger logger, string destination, string controlId, string? ackCode, long elapsedMs);

    [LoggerMessage(EventId = 6108, Level = LogLevel.Information, Message = "Connected to {Destination} (TLS {UseTls}) in {ElapsedMs} ms")]
    private static partial void LogConnected(ILogger logger, string destination, bool useTls, long elapsedMs);

    [LoggerMessage(EventId = 6109, Level = LogLevel.Information, Message = "Connection to {Destination} replaced before message {ControlId}: the engine sent something unasked or closed it while idle")]
    private static partial void LogReplacingConnection(ILogger logger, string destination, string controlId);

    [LoggerMessage(EventId = 6110, Level = LogLevel.Information, Message = "Sending message {ControlId} to {Destination} was cancelled; connection reset")]
    private static partial void LogCancelled(ILogger logger, string destination, string controlId);
}

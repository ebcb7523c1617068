namespace Adapter.Host.Mllp;

// Connection ids, listener names, addresses of systems (not people), counts and reasons only.
internal sealed partial class MllpConnectionHandler
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Connection {ConnectionId} on {Listener} opened from {RemoteAddress}")]
    internal static partial void LogOpened(ILogger logger, string listener, string connectionId, string? remoteAddress);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Connection {ConnectionId} on {Listener} closed after {Messages} messages: {Reason}")]
    internal static partial void LogClosed(ILogger logger, string listener, string connectionId, int messages, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Connection {ConnectionId} on {Listener} from {RemoteAddress} refused: address not allowed")]
    internal static partial void LogAddressRefused(ILogger logger, string listener, string connectionId, string? remoteAddress);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Connection {ConnectionId} on {Listener} refused: {Limit} connections already open")]
    internal static partial void LogLimitReached(ILogger logger, string listener, string connectionId, int limit);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Connection {ConnectionId} on {Listener} ended by an unexpected {ExceptionType}")]
    internal static partial void LogSessionFailed(ILogger logger, string listener, string connectionId, string exceptionType);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Connection {ConnectionId} on {Listener}: frame over {MaxFrameBytes} bytes refused")]
    internal static partial void LogOversized(ILogger logger, string listener, string connectionId, int maxFrameBytes);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Connection {ConnectionId} on {Listener}: {Bytes} bytes outside any frame discarded")]
    internal static partial void LogDiscarded(ILogger logger, string listener, string connectionId, long bytes);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Connection {ConnectionId} on {Listener}: message could not be processed ({ExceptionType}); closing without acknowledging it")]
    internal static partial void LogIntakeFailed(ILogger logger, string listener, string connectionId, string exceptionType);
}

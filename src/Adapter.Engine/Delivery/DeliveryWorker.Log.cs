using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Delivery;

// Ids, partner and operation names, outcomes and status codes only: never bodies or partner answers.
public sealed partial class DeliveryWorker
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Operation {OperationId} of message {MessageId}: {Operation} to {Partner}, attempt {Attempt}: {Outcome} ({StatusCode}); now {Status}")]
    private static partial void LogAttempt(ILogger logger, long operationId, long messageId, string partner, string operation, int attempt, DeliveryOutcome outcome, int? statusCode, string status);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Operation {OperationId} to {Partner} ended after its lease was taken over; its result was not recorded")]
    private static partial void LogLeaseLost(ILogger logger, long operationId, string partner);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "The outbox could not be read or claimed ({ErrorType}); trying again shortly")]
    private static partial void LogStoreFailed(ILogger logger, string errorType, Exception exception);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "The result of operation {OperationId} to {Partner} could not be recorded ({ErrorType}); it runs again when its lease expires")]
    private static partial void LogRecordFailed(ILogger logger, long operationId, string partner, string errorType, Exception exception);
}

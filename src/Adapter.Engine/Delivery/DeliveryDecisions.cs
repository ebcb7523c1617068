using System.Globalization;
using Adapter.Engine.Outbox;

namespace Adapter.Engine.Delivery;

/// <summary>
/// Turns an attempt's result into the operation's next state: succeeded; dead-lettered for a
/// permanent refusal or when attempts or age run out; otherwise pending again at the retry schedule.
/// </summary>
internal static class DeliveryDecisions
{
    public static OperationCompletion Decide(ClaimedOperation operation, DeliveryResult result, string leaseOwner, DateTimeOffset now, PartnerDeliveryOptions options, RetrySchedule schedule)
    {
        var name = $"{operation.Operation} to {operation.Partner}";
        var status = result.StatusCode is { } code ? $" ({code.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        var attempt = operation.Attempt.ToString(CultureInfo.InvariantCulture);
        switch (result.Outcome)
        {
            case DeliveryOutcome.Succeeded:
                return new(operation.Id, leaseOwner, OperationStatus.Succeeded, now, null, result.StatusCode, null, result.Response, $"{name} succeeded{status} on attempt {attempt}.");
            case DeliveryOutcome.Permanent:
                return new(operation.Id, leaseOwner, OperationStatus.DeadLettered, now, null, result.StatusCode, result.Reason, null, $"{name} was refused{status} on attempt {attempt}; dead-lettered.");
            case DeliveryOutcome.NotAttempted when now - operation.CreatedAt < options.MaxAge:
                return new(operation.Id, leaseOwner, OperationStatus.Pending, now, now + (result.RetryAfter ?? options.CircuitBreakDuration), result.StatusCode, result.Reason, null, $"{name} was held: {result.Reason}")
                {
                    NotAttempted = true,
                };
        }

        // A partner down for longer than the operation may wait ends it too, attempted or not.
        var age = now - operation.CreatedAt;
        if (operation.Attempt >= options.MaxAttempts || age >= options.MaxAge)
        {
            var limit = operation.Attempt >= options.MaxAttempts ? $"{attempt} attempts" : $"{age.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} hours";
            return new(operation.Id, leaseOwner, OperationStatus.DeadLettered, now, null, result.StatusCode, result.Reason, null, $"{name} failed{status} and was given up after {limit}; dead-lettered.");
        }

        var retryAt = schedule.Next(operation.Attempt, now, result.RetryAfter, options);
        var at = retryAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new(operation.Id, leaseOwner, OperationStatus.Pending, now, retryAt, result.StatusCode, result.Reason, null, $"{name} failed{status} on attempt {attempt} of {options.MaxAttempts.ToString(CultureInfo.InvariantCulture)}; next attempt at {at}.");
    }
}

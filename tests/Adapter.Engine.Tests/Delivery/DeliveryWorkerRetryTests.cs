using System.Globalization;
using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;

namespace Adapter.Engine.Tests.Delivery;

public sealed class DeliveryWorkerRetryTests
{
    [Fact]
    public async Task RunAsync_PartnerFailsTheFirstRequestsWithServerErrorsAndDroppedConnections_DeliversEveryOperationOnce()
    {
        // Arrange: 20 results for 5 appointments, interleaved as a lab would send them; one quick retry per attempt.
        await using var harness = await DeliveryHarness.StartAsync(DeliveryHarness.Fast with { QuickRetries = 1 });
        harness.Partner.Script(
            PartnerReply.ServerError,
            PartnerReply.Unavailable(),
            PartnerReply.Abort,
            PartnerReply.Unavailable(),
            PartnerReply.CommitThenAbort,
            PartnerReply.ServerError,
            PartnerReply.Abort,
            PartnerReply.Unavailable());
        var messages = new List<(long Id, string Appointment)>();
        for (var result = 1; result <= 4; result++)
        {
            for (var appointment = 1; appointment <= 5; appointment++)
            {
                var appointmentId = $"APPT-{appointment.ToString(CultureInfo.InvariantCulture)}";
                messages.Add((await harness.AppendAsync($"C{appointment}-{result}", appointmentId), appointmentId));
            }
        }

        await harness.RouteAllAsync();

        // Act
        await harness.DeliverAllAsync();

        // Assert
        var operations = await harness.OperationsAsync();
        Assert.Equal(20, operations.Count);
        Assert.All(operations, operation => Assert.Equal(OperationStatus.Succeeded, operation.Status));
        Assert.Equal(0, harness.Partner.ScriptLeft);
        var effects = harness.Partner.Effects;
        Assert.Equal(operations.Select(operation => operation.IdempotencyKey).Order(), effects.Select(effect => effect.IdempotencyKey).Order());
        Assert.All(operations, operation => Assert.Contains(
            $"/appointments/{operation.OrderingKey}/report",
            Assert.Single(effects, effect => effect.IdempotencyKey == operation.IdempotencyKey).Path,
            StringComparison.Ordinal));
        // Failures never reordered an appointment's reports.
        foreach (var group in operations.GroupBy(operation => operation.OrderingKey))
        {
            Assert.Equal(group.Select(operation => operation.IdempotencyKey), effects.Where(effect => group.Any(operation => operation.IdempotencyKey == effect.IdempotencyKey)).Select(effect => effect.IdempotencyKey));
        }

        foreach (var (id, _) in messages)
        {
            Assert.Equal(MessageStatus.Delivered, await harness.Outbox.StatusOfAsync(id));
        }
    }

    [Fact]
    public async Task RunAsync_PartnerAnswers503UntilAttemptsRunOut_DeadLettersAfterExactlyMaxAttempts()
    {
        // Arrange
        await using var harness = await DeliveryHarness.StartAsync(DeliveryHarness.Fast with { MaxAttempts = 3 });
        harness.Partner.Default = PartnerReply.Unavailable();
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();

        // Act
        await harness.DeliverAllAsync();

        // Assert
        var operation = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.DeadLettered, operation.Status);
        Assert.Equal(3, operation.Attempts);
        Assert.Equal(3, harness.Partner.RequestsFor(operation.IdempotencyKey).Count);
        Assert.Equal(503, operation.LastStatusCode);
        Assert.Contains("503", operation.LastError, StringComparison.Ordinal);
        Assert.Equal(MessageStatus.Failed, await harness.Outbox.StatusOfAsync(id));
        Assert.Empty(harness.Partner.Effects);
    }

    [Fact]
    public async Task RunAsync_PartnerRefusesWithProblemDetails_DeadLettersAtOnceWithTheProblem()
    {
        // Arrange
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Partner.Script(PartnerReply.Problem("Report rejected", "The appointment APPT-1 is closed for reporting"));
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();

        // Act: the worker keeps running a while after, long enough for a wrong retry to show.
        await harness.DeliverAllAsync(atLeast: TimeSpan.FromMilliseconds(300));

        // Assert
        var operation = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.DeadLettered, operation.Status);
        Assert.Equal(400, operation.LastStatusCode);
        Assert.Contains("400", operation.LastError, StringComparison.Ordinal);
        Assert.Contains("Report rejected", operation.LastError, StringComparison.Ordinal);
        Assert.Contains("The appointment APPT-1 is closed for reporting", operation.LastError, StringComparison.Ordinal);
        Assert.Equal(1, operation.Attempts);
        Assert.Single(harness.Partner.RequestsFor(operation.IdempotencyKey));
        Assert.Empty(harness.Partner.Effects);
        Assert.Equal(MessageStatus.Failed, await harness.Outbox.StatusOfAsync(id));
    }
}

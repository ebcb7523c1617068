using Adapter.Engine.Delivery;
using Adapter.Engine.Outbox;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Adapter.Engine.Tests.Delivery;

public sealed class DeliveryWorkerCircuitTests
{
    [Fact]
    public async Task RunAsync_CircuitOpensAfterFailures_HeldCallsAreNotCountedAsAttempts()
    {
        // Arrange: two 503s open the circuit for 1 s; the retry due ~100 ms later is held by it.
        await using var harness = await DeliveryHarness.StartAsync(DeliveryHarness.Fast with
        {
            CircuitMinimumThroughput = 2,
            CircuitFailureRatio = 0.5,
            CircuitSamplingDuration = TimeSpan.FromSeconds(30),
            CircuitBreakDuration = TimeSpan.FromSeconds(1),
        });
        harness.Partner.Script(PartnerReply.Unavailable(), PartnerReply.Unavailable());
        using var attempts = new MetricCollector<long>(harness.Outbox.Meters, DeliveryMetrics.MeterName, "attempts");
        var id = await harness.AppendAsync("C1", "APPT-1");
        await harness.RouteAllAsync();

        // Act
        await harness.DeliverAllAsync();

        // Assert
        var operation = await harness.OperationOfAsync(id);
        Assert.Equal(OperationStatus.Succeeded, operation.Status);
        var held = attempts.GetMeasurementSnapshot().Count(measurement => (string?)measurement.Tags["outcome"] == "notattempted");
        Assert.True(held >= 1, "The circuit should have held at least one call.");
        Assert.Equal(3, harness.Partner.RequestsFor(operation.IdempotencyKey).Count);
        Assert.Equal(3, operation.Attempts);
    }
}

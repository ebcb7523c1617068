using Adapter.Engine.Outbound;
using Adapter.Engine.Outbox;
using Adapter.Engine.Tests.Outbound;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Adapter.Engine.Tests.OutboundQueue;

/// <summary>Every send is counted once, by destination and by what its answer meant; the backlog is reported per destination.</summary>
public sealed class OutboundWorkerMetricsTests
{
    [Fact]
    public async Task RunAsync_MixedAnswers_CountsSendsByOutcome()
    {
        // Arrange: AE for message 1; AR, then an answer about another message, then AA for message 2; AA for message 3.
        await using var hospital = new TestHospitalListener();
        hospital.Script(HospitalReply.Ack("AE", "Unknown patient"), HospitalReply.Ack("AR"), HospitalReply.WrongControlId);
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        await run.EnqueueAsync(3);

        // Act
        run.Start();
        await run.UntilNonePendingAsync();
        var byOutcome = await run.SendsByOutcomeAsync(5);

        // Assert
        Assert.Equal(new Dictionary<string, long> { ["accepted"] = 2, ["applicationerror"] = 1, ["rejected"] = 1, ["mismatched"] = 1 }, byOutcome);
        Assert.Equal(5, run.Sends.GetMeasurementSnapshot().Count);
        Assert.All(run.Sends.GetMeasurementSnapshot(), measurement => Assert.Equal(OutboundQueueRun.Hospital, measurement.Tags["destination"]));
    }

    [Fact]
    public async Task RunAsync_DestinationDown_ReportsItsPendingBacklog()
    {
        // Arrange
        await using var hospital = new LateStartingHospital();
        await using var run = new OutboundQueueRun(OutboundQueueRun.Destination(hospital.Port));
        using var pending = new MetricCollector<long>(run.Harness.Meters, OutboundMetrics.MeterName, "queue.pending");
        await run.EnqueueAsync(3);

        // Act
        run.Start();
        await Eventually.TrueAsync(() =>
        {
            pending.RecordObservableInstruments();
            return pending.LastMeasurement is { Value: 3 };
        });

        // Assert
        Assert.Equal(OutboundQueueRun.Hospital, pending.LastMeasurement!.Tags["destination"]);
        Assert.Equal(3, (await run.MessagesAsync()).Count(message => message.Status == OutboundStatus.Pending));
    }
}

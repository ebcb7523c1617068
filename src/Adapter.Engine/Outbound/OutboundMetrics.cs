using System.Diagnostics.Metrics;
using Adapter.Engine.Observability;
using Adapter.Engine.Outbox;

namespace Adapter.Engine.Outbound;

/// <summary>
/// The outbound queue's instruments: sends by destination and outcome, time to an acknowledgement,
/// and per destination the messages queued, parked and the oldest queued one's age (read from the
/// last backlog the worker took).
/// </summary>
public sealed class OutboundMetrics
{
    public const string MeterName = "Adapter.Outbound";

    private readonly Counter<long> _sends;
    private readonly Histogram<double> _ackSeconds;
    private readonly BacklogGauges<OutboundBacklog> _backlog;

    public OutboundMetrics(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _backlog = new BacklogGauges<OutboundBacklog>(time, "destination", backlog => backlog.Destination);
        var meter = meters.Create(MeterName);
        _sends = meter.CreateCounter<long>("sends", "{message}", "Messages sent to hospital destinations, by outcome.");
        _ackSeconds = meter.CreateHistogram<double>("ack.duration", "s", "Time from sending a message to its acknowledgement.");
        meter.CreateObservableGauge("queue.pending", () => _backlog.Count(backlog => backlog.Pending), "{message}", "Messages queued for a destination.");
        meter.CreateObservableGauge("queue.parked", () => _backlog.Count(backlog => backlog.Parked), "{message}", "Messages a destination refused (AE), waiting for a person.");
        meter.CreateObservableGauge("queue.oldest_age", () => _backlog.AgeSeconds(backlog => backlog.OldestPendingSince), "s", "Age of the oldest message queued for a destination.");
    }

    internal void RecordSend(string destination, OutboundAckOutcome outcome, TimeSpan elapsed)
    {
        _sends.Add(1, new("destination", destination), new("outcome", outcome.ToString().ToLowerInvariant()));
        if (outcome is OutboundAckOutcome.Accepted or OutboundAckOutcome.ApplicationError or OutboundAckOutcome.Rejected)
        {
            _ackSeconds.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("destination", destination));
        }
    }

    internal void UpdateBacklog(IReadOnlyList<OutboundBacklog> backlog) => _backlog.Update(backlog);
}

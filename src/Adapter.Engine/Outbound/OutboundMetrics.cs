using System.Diagnostics.Metrics;
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
    private readonly TimeProvider _time;
    private IReadOnlyList<OutboundBacklog> _backlog = [];

    public OutboundMetrics(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _time = time;
        var meter = meters.Create(MeterName);
        _sends = meter.CreateCounter<long>("sends", "{message}", "Messages sent to hospital destinations, by outcome.");
        _ackSeconds = meter.CreateHistogram<double>("ack.duration", "s", "Time from sending a message to its acknowledgement.");
        meter.CreateObservableGauge("queue.pending", () => Measure(backlog => backlog.Pending), "{message}", "Messages queued for a destination.");
        meter.CreateObservableGauge("queue.parked", () => Measure(backlog => backlog.Parked), "{message}", "Messages a destination refused (AE), waiting for a person.");
        meter.CreateObservableGauge("queue.oldest_age", MeasureOldest, "s", "Age of the oldest message queued for a destination.");
    }

    internal void RecordSend(string destination, OutboundAckOutcome outcome, TimeSpan elapsed)
    {
        _sends.Add(1, new("destination", destination), new("outcome", outcome.ToString().ToLowerInvariant()));
        if (outcome is OutboundAckOutcome.Accepted or OutboundAckOutcome.ApplicationError or OutboundAckOutcome.Rejected)
        {
            _ackSeconds.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("destination", destination));
        }
    }

    internal void UpdateBacklog(IReadOnlyList<OutboundBacklog> backlog) => Volatile.Write(ref _backlog, backlog);

    private IEnumerable<Measurement<long>> Measure(Func<OutboundBacklog, long> value) =>
        Volatile.Read(ref _backlog).Select(backlog => new Measurement<long>(value(backlog), new KeyValuePair<string, object?>("destination", backlog.Destination)));

    private IEnumerable<Measurement<double>> MeasureOldest()
    {
        var now = _time.GetUtcNow();
        return Volatile.Read(ref _backlog)
            .Where(backlog => backlog.OldestPendingSince is not null)
            .Select(backlog => new Measurement<double>((now - backlog.OldestPendingSince!.Value).TotalSeconds, new KeyValuePair<string, object?>("destination", backlog.Destination)));
    }
}

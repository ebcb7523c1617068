using System.Diagnostics.Metrics;
using Adapter.Engine.Observability;
using Adapter.Engine.Outbox;

namespace Adapter.Engine.Delivery;

/// <summary>
/// Delivery's instruments: attempts by partner and outcome, time from planning to success, and the
/// outbox per partner (pending, waiting, dead-lettered, the oldest pending one's age), read from the
/// last backlog the worker took.
/// </summary>
public sealed class DeliveryMetrics
{
    public const string MeterName = "Adapter.Delivery";

    private readonly Counter<long> _attempts;
    private readonly Histogram<double> _latency;
    private readonly BacklogGauges<PartnerBacklog> _backlog;

    public DeliveryMetrics(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _backlog = new BacklogGauges<PartnerBacklog>(time, "partner", backlog => backlog.Partner);
        var meter = meters.Create(MeterName);
        _attempts = meter.CreateCounter<long>("attempts", "{attempt}", "Delivery attempts by partner, operation and outcome.");
        _latency = meter.CreateHistogram<double>("latency", "s", "Time from an operation's planning to the partner taking it.");
        meter.CreateObservableGauge("outbox.pending", () => _backlog.Count(backlog => backlog.Pending), "{operation}", "Operations waiting to run or to be retried.");
        meter.CreateObservableGauge("outbox.waiting", () => _backlog.Count(backlog => backlog.Waiting), "{operation}", "Follow-ups waiting for their condition.");
        meter.CreateObservableGauge("outbox.dead_lettered", () => _backlog.Count(backlog => backlog.DeadLettered), "{operation}", "Operations dead-lettered and not replayed or cancelled.");
        meter.CreateObservableGauge("outbox.oldest_age", () => _backlog.AgeSeconds(backlog => backlog.OldestPendingSince), "s", "Age of the oldest pending operation.");
    }

    internal void RecordAttempt(string partner, string operation, DeliveryOutcome outcome) =>
        _attempts.Add(1, new("partner", partner), new("operation", operation), new("outcome", outcome.ToString().ToLowerInvariant()));

    internal void RecordSuccess(string partner, TimeSpan sincePlanned) =>
        _latency.Record(sincePlanned.TotalSeconds, new KeyValuePair<string, object?>("partner", partner));

    internal void UpdateBacklog(IReadOnlyList<PartnerBacklog> backlog) => _backlog.Update(backlog);
}

using System.Diagnostics.Metrics;

namespace Adapter.Engine.Journal;

/// <summary>The journal's instruments: commit latency, batch size (how many entries shared a disk flush), failures.</summary>
public sealed class JournalMetrics
{
    public const string MeterName = "Adapter.Journal";

    private readonly Histogram<double> _commitSeconds;
    private readonly Histogram<int> _batchSize;
    private readonly Counter<long> _failedEntries;
    private readonly Meter _meter;

    public JournalMetrics(IMeterFactory meters)
    {
        var meter = _meter = meters.Create(MeterName);
        _commitSeconds = meter.CreateHistogram<double>("commit.duration", "s", "Time to write and flush one batch of journal entries.");
        _batchSize = meter.CreateHistogram<int>("commit.entries", "{entry}", "Entries written by one commit.");
        _failedEntries = meter.CreateCounter<long>("failed.entries", "{entry}", "Entries a failed commit could not store.");
    }

    /// <summary>Reports the store's size on disk whenever the metrics are read.</summary>
    public void ObserveSize(Func<long> sizeBytes) =>
        _meter.CreateObservableGauge("size", sizeBytes, "By", "Bytes the journal occupies on disk.");

    internal void RecordCommit(TimeSpan elapsed, int entries)
    {
        _commitSeconds.Record(elapsed.TotalSeconds);
        _batchSize.Record(entries);
    }

    internal void RecordFailedCommit(int entries) => _failedEntries.Add(entries);
}

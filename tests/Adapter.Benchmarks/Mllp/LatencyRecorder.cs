using System.Diagnostics;

namespace Adapter.Benchmarks.Mllp;

/// <summary>
/// The acknowledgement latencies of one connection, in <see cref="Stopwatch"/> ticks, kept whole
/// (8 bytes a message) so percentiles are exact. One writer; merged and sorted once at the end.
/// </summary>
internal sealed class LatencyRecorder
{
    private long[] _ticks = new long[16 * 1024];

    public int Count { get; private set; }

    public void Record(long ticks)
    {
        if (Count == _ticks.Length)
        {
            Array.Resize(ref _ticks, _ticks.Length * 2);
        }

        _ticks[Count++] = ticks;
    }

    /// <summary>Percentiles over every recorder's latencies together.</summary>
    public static LatencySummary Summarize(IReadOnlyCollection<LatencyRecorder> recorders)
    {
        var all = new long[recorders.Sum(recorder => recorder.Count)];
        var filled = 0;
        foreach (var recorder in recorders)
        {
            recorder._ticks.AsSpan(0, recorder.Count).CopyTo(all.AsSpan(filled));
            filled += recorder.Count;
        }

        if (all.Length == 0)
        {
            return LatencySummary.Empty;
        }

        Array.Sort(all);
        return new LatencySummary(
            Percentile(all, 0.50),
            Percentile(all, 0.90),
            Percentile(all, 0.99),
            Milliseconds(all[^1]),
            Milliseconds((long)all.Average()));
    }

    // Nearest rank: the smallest latency that at least the fraction of messages did not exceed.
    private static double Percentile(long[] sorted, double fraction) =>
        Milliseconds(sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

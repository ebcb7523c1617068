namespace Adapter.Benchmarks.Mllp;

/// <summary>Acknowledgement latency of the measured messages, in milliseconds.</summary>
internal sealed record LatencySummary(double P50, double P90, double P99, double Max, double Mean)
{
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0);
}

namespace Adapter.Benchmarks.Mllp;

/// <summary>CPU time a process used over a wall-clock period.</summary>
internal sealed record ProcessCpu(TimeSpan Used, TimeSpan Period)
{
    /// <summary>Percent of one core (200 means two cores busy all the time).</summary>
    public double PercentOfOneCore => Period > TimeSpan.Zero ? 100 * Used / Period : 0;
}

using System.Diagnostics;
using System.Globalization;

namespace Adapter.Benchmarks.Mllp;

/// <summary>The figures of one run, over the measured period only (the warmup is left out).</summary>
internal sealed record MllpLoadReport
{
    public required MllpLoadOptions Options { get; init; }

    public required int MessageBytes { get; init; }

    public required long WarmupMessages { get; init; }

    /// <summary>Measured messages answered with a correct positive acknowledgement.</summary>
    public required long Messages { get; init; }

    /// <summary>Errors by kind, over the whole run including the warmup.</summary>
    public required IReadOnlyDictionary<string, long> Errors { get; init; }

    /// <summary>From the end of the warmup to the last measured acknowledgement.</summary>
    public required TimeSpan Elapsed { get; init; }

    public required LatencySummary Latency { get; init; }

    /// <summary>The load generator's own CPU use over the measured period.</summary>
    public required ProcessCpu ClientCpu { get; init; }

    public long ErrorCount => Errors.Values.Sum();

    public double MessagesPerSecond => Elapsed > TimeSpan.Zero ? Messages / Elapsed.TotalSeconds : 0;

    public static MllpLoadReport From(MllpLoadOptions options, int messageBytes, long measureFrom, IReadOnlyList<LoadTally> tallies, ProcessCpu clientCpu)
    {
        var errors = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (kind, count) in tallies.SelectMany(tally => tally.Errors()))
        {
            errors[kind] = errors.GetValueOrDefault(kind) + count;
        }

        var lastAck = tallies.Max(tally => tally.LastAckAt);
        return new MllpLoadReport
        {
            Options = options,
            MessageBytes = messageBytes,
            WarmupMessages = tallies.Sum(tally => tally.WarmupMessages),
            Messages = tallies.Sum(tally => (long)tally.Latencies.Count),
            Errors = errors,
            Elapsed = lastAck > measureFrom ? Stopwatch.GetElapsedTime(measureFrom, lastAck) : TimeSpan.Zero,
            Latency = LatencyRecorder.Summarize([.. tallies.Select(tally => tally.Latencies)]),
            ClientCpu = clientCpu,
        };
    }

    public void WriteTo(TextWriter output)
    {
        var o = Options;
        var l = Latency;
        output.WriteLine(Invariant($"MLLP load to {o.Host}:{o.Port}: {o.Connections} connection(s), window {o.Window}, {Path.GetFileName(o.FilePath)} ({MessageBytes:N0} bytes), control ids {o.RunPrefix}…"));
        output.WriteLine(Invariant($"  warmup      {o.Warmup.TotalSeconds:0.#} s, {WarmupMessages:N0} messages (not counted)"));
        output.WriteLine(Invariant($"  messages    {Messages:N0}"));
        output.WriteLine(Invariant($"  errors      {ErrorCount:N0}"));
        foreach (var (kind, count) in Errors.OrderByDescending(error => error.Value))
        {
            output.WriteLine(Invariant($"    {count,10:N0}  {kind}"));
        }

        output.WriteLine(Invariant($"  elapsed     {Elapsed.TotalSeconds:0.000} s"));
        output.WriteLine(Invariant($"  rate        {MessagesPerSecond:N0} msg/s"));
        output.WriteLine(Invariant($"  latency ms  p50 {l.P50:0.00}  p90 {l.P90:0.00}  p99 {l.P99:0.00}  max {l.Max:0.00}  mean {l.Mean:0.00}"));
        output.WriteLine(Invariant($"  client CPU  {ClientCpu.PercentOfOneCore:0}% of one core"));
        output.WriteLine(Invariant(
            $"summary connections={o.Connections} window={o.Window} messages={Messages} errors={ErrorCount} elapsed_s={Elapsed.TotalSeconds:0.000} msg_per_s={MessagesPerSecond:0} p50_ms={l.P50:0.00} p90_ms={l.P90:0.00} p99_ms={l.P99:0.00} max_ms={l.Max:0.00} client_cpu_pct={ClientCpu.PercentOfOneCore:0}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

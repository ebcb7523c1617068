namespace Adapter.Benchmarks.Mllp;

/// <summary>
/// What one connection saw: latencies of the measured messages, how many were sent in the warmup,
/// when the last measured acknowledgement came, and errors by kind.
/// </summary>
internal sealed class LoadTally
{
    private readonly Dictionary<string, long> _errors = new(StringComparer.Ordinal);

    public LatencyRecorder Latencies { get; } = new();

    public long WarmupMessages { get; private set; }

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp of the last measured acknowledgement; 0 when none.</summary>
    public long LastAckAt { get; private set; }

    /// <summary>Called by the connection's one receiving task.</summary>
    public void Acknowledged(InFlight message, long receivedAt)
    {
        if (!message.Measured)
        {
            WarmupMessages++;
            return;
        }

        Latencies.Record(receivedAt - message.SentAt);
        LastAckAt = Math.Max(LastAckAt, receivedAt);
    }

    /// <summary>Counts an error; the sending and the receiving task of a connection may both call it.</summary>
    public void Error(string kind)
    {
        lock (_errors)
        {
            _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        }
    }

    public IReadOnlyDictionary<string, long> Errors()
    {
        lock (_errors)
        {
            return new Dictionary<string, long>(_errors, StringComparer.Ordinal);
        }
    }
}

namespace Adapter.Benchmarks.Mllp;

/// <summary>One load run: where to send, how many connections and messages in flight, and for how long.</summary>
internal sealed record MllpLoadOptions
{
    public required string Host { get; init; }

    public required int Port { get; init; }

    /// <summary>The message sent over and over, each time with its own MSH-10.</summary>
    public required string FilePath { get; init; }

    /// <summary>Eight characters that make this run's control ids unique among runs.</summary>
    public required string RunPrefix { get; init; }

    /// <summary>Connections sending at once.</summary>
    public int Connections { get; init; } = 1;

    /// <summary>Messages a connection may have sent but not yet seen acknowledged; 1 is a closed loop.</summary>
    public int Window { get; init; } = 1;

    /// <summary>Messages measured after the warmup; when null the run lasts <see cref="Duration"/>.</summary>
    public long? Messages { get; init; }

    /// <summary>How long messages are measured after the warmup, when <see cref="Messages"/> is null.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Load sent first and left out of every figure.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one acknowledgement may take before its connection counts as broken.</summary>
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

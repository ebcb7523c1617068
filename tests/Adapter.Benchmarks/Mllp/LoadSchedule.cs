using System.Diagnostics;

namespace Adapter.Benchmarks.Mllp;

/// <summary>
/// Decides, at each send, whether the run goes on and whether the message is measured: messages
/// sent during the warmup are sent but not counted; after it the run lasts the duration or the
/// message count. Shared by every connection of a run.
/// </summary>
internal sealed class LoadSchedule
{
    private readonly long? _messages;
    private readonly long _stopAt;
    private long _claimed;

    public LoadSchedule(long startTimestamp, MllpLoadOptions options)
    {
        MeasureFrom = startTimestamp + Ticks(options.Warmup);
        _messages = options.Messages;
        _stopAt = options.Messages is null ? MeasureFrom + Ticks(options.Duration) : long.MaxValue;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp the measured period begins at.</summary>
    public long MeasureFrom { get; }

    /// <summary>Whether a message sent at <paramref name="timestamp"/> may go, and whether it is measured.</summary>
    public bool TryClaim(long timestamp, out bool measured)
    {
        measured = timestamp >= MeasureFrom;
        if (!measured)
        {
            return true;
        }

        return _messages is { } limit ? Interlocked.Increment(ref _claimed) <= limit : timestamp < _stopAt;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}

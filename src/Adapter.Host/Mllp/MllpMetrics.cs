using System.Diagnostics.Metrics;

namespace Adapter.Host.Mllp;

/// <summary>The listeners' instruments, tagged by listener (and by acknowledgement code where it matters).</summary>
internal sealed class MllpMetrics
{
    public const string MeterName = "Adapter.Mllp";

    private readonly Counter<long> _received;
    private readonly Counter<long> _acknowledged;
    private readonly Histogram<double> _ackSeconds;
    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _discardedBytes;
    private readonly Counter<long> _oversized;

    public MllpMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>("messages.received", "{message}", "Frames received.");
        _acknowledged = meter.CreateCounter<long>("acks.sent", "{ack}", "Acknowledgements sent, by MSA-1 code.");
        _ackSeconds = meter.CreateHistogram<double>("ack.duration", "s", "From a frame's last byte read to its acknowledgement written.");
        _connections = meter.CreateUpDownCounter<long>("connections.open", "{connection}", "Connections open now.");
        _refused = meter.CreateCounter<long>("connections.refused", "{connection}", "Connections closed at once, by reason.");
        _discardedBytes = meter.CreateCounter<long>("discarded.bytes", "By", "Bytes received outside any frame.");
        _oversized = meter.CreateCounter<long>("frames.oversized", "{frame}", "Frames refused for being larger than the listener's maximum.");
    }

    public void Received(string listener) => _received.Add(1, Tag(listener));

    public void Acknowledged(string listener, string code, TimeSpan elapsed)
    {
        _acknowledged.Add(1, Tag(listener), new KeyValuePair<string, object?>("code", code));
        _ackSeconds.Record(elapsed.TotalSeconds, Tag(listener));
    }

    public void ConnectionOpened(string listener) => _connections.Add(1, Tag(listener));

    public void ConnectionClosed(string listener) => _connections.Add(-1, Tag(listener));

    public void Refused(string listener, string reason) => _refused.Add(1, Tag(listener), new KeyValuePair<string, object?>("reason", reason));

    public void Discarded(string listener, long bytes)
    {
        if (bytes > 0)
        {
            _discardedBytes.Add(bytes, Tag(listener));
        }
    }

    public void Oversized(string listener) => _oversized.Add(1, Tag(listener));

    private static KeyValuePair<string, object?> Tag(string listener) => new("listener", listener);
}

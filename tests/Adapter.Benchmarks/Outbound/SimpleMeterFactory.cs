using System.Diagnostics.Metrics;

namespace Adapter.Benchmarks.Outbound;

/// <summary>Meters for a run outside a host, disposed with it.</summary>
internal sealed class SimpleMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(meter => meter.Dispose());
}

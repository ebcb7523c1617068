using System.Diagnostics.Metrics;
using Prometheus;

namespace Adapter.Host.Observability;

/// <summary>
/// Publishes this host's meters (and only this host's: a test process may run several) in a
/// registry of its own, which /metrics serves in the Prometheus text format.
/// </summary>
internal sealed class PrometheusExport(IMeterFactory meters) : IHostedService, IDisposable
{
    private static readonly double[] SecondsBuckets = Histogram.ExponentialBuckets(0.0005, 2, 16);
    private static readonly double[] CountBuckets = Histogram.ExponentialBuckets(1, 2, 12);
    private IDisposable? _listening;

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listening = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = Registry,
            MetricFactory = Metrics.WithCustomRegistry(Registry),
            InstrumentFilterPredicate = instrument => ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Meter.Name.StartsWith("Adapter.", StringComparison.Ordinal),
            ResolveHistogramBuckets = instrument => instrument.Unit == "s" ? SecondsBuckets : CountBuckets,
            // The adapter drops series not updated for this long; a day is the most it allows, and
            // Prometheus reads a counter that comes back from zero as a reset, not as a loss.
            MetricsExpireAfter = TimeSpan.FromDays(1),
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _listening?.Dispose();
        _listening = null;
    }
}

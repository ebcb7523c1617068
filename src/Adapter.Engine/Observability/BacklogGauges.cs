using System.Diagnostics.Metrics;

namespace Adapter.Engine.Observability;

/// <summary>
/// The last backlog a worker read (per partner, per destination), measured by observable gauges when
/// metrics are collected: a count per item, or the age of its oldest entry. Reading the store on
/// every scrape would put a query in the exporter's path; the worker refreshes it instead.
/// </summary>
/// <typeparam name="T">One item of the backlog.</typeparam>
internal sealed class BacklogGauges<T>(TimeProvider time, string tag, Func<T, string> tagValue)
{
    private IReadOnlyList<T> _items = [];

    public void Update(IReadOnlyList<T> items) => Volatile.Write(ref _items, items);

    public IEnumerable<Measurement<long>> Count(Func<T, long> value) =>
        Volatile.Read(ref _items).Select(item => new Measurement<long>(value(item), Tag(item)));

    public IEnumerable<Measurement<double>> AgeSeconds(Func<T, DateTimeOffset?> since)
    {
        var now = time.GetUtcNow();
        return Volatile.Read(ref _items)
            .Where(item => since(item) is not null)
            .Select(item => new Measurement<double>((now - since(item)!.Value).TotalSeconds, Tag(item)));
    }

    private KeyValuePair<string, object?> Tag(T item) => new(tag, tagValue(item));
}

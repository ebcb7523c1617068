using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Engine.Routing;
using Adapter.Fhir.Conversion;
using Adapter.Mapping.Loading;
using BenchmarkDotNet.Attributes;

namespace Adapter.Benchmarks.Routing;

/// <summary>
/// One journaled lab result routed as the router does it, without the store: parsed again from its
/// bytes, converted once, offered to every partner mapping in <c>mappings/</c>, the accepting
/// partners' calls planned and turned into outbox operations with their keys.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private MessageRouter _router = null!;
    private MappingSnapshot _snapshot = null!;
    private UnroutedMessage _message = null!;

    [GlobalSetup]
    public void Setup()
    {
        var raw = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fhir", "Messages", "ms_ORU-R01-01.hl7"));
        _message = new UnroutedMessage(1, "lab-results", TimeProvider.System.GetUtcNow(), new MessageIdentity("LAB", "FAC", "ORU^R01", "C1", "2.5.1"), raw, new HashSet<string>());
        var loader = new MappingLoader(name => name.EndsWith("URL", StringComparison.Ordinal) ? "https://partner.example/" + name : "placeholder");
        var catalog = new MappingCatalog(Path.Combine(AppContext.BaseDirectory, "mappings"), loader, TimeProvider.System);
        _snapshot = catalog.Reload();
        if (_snapshot.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, _snapshot.Problems));
        }

        _router = new MessageRouter(new V2ToFhirConverter(V2ToFhirOptions.Default, TimeProvider.System), TimeProvider.System);
        var planned = Route();
        // What the figure covers: every partner asked, the accepting ones planned.
        Console.WriteLine($"// {planned.Routes.Count} partners, {planned.Operations.Count} operations: {string.Join(", ", planned.Routes.Select(route => $"{route.Partner}={route.Status}"))}");
    }

    [Benchmark]
    public RoutingDecision Route() => _router.Route(_message, _snapshot);
}

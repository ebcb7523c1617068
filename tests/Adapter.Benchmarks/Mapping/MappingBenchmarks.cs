using Adapter.Fhir.Conversion;
using Adapter.Hl7v2.Parsing;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Loading;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;
using Adapter.Mapping.Planning;
using BenchmarkDotNet.Attributes;
using Hl7.Fhir.Model;

namespace Adapter.Benchmarks.Mapping;

/// <summary>
/// A partner mapping evaluated on a converted message: the variables found once, every condition
/// and field expression run, request bodies built. Target: at most 50 µs for a typical ORU. The
/// expressions are compiled in setup, as the service compiles them when it loads the file.
/// </summary>
[MemoryDiagnoser]
public class MappingBenchmarks
{
    private PartnerMapping _mapping = null!;
    private Bundle _bundle = null!;
    private Hl7Message _message = null!;

    [Params("docus-labs", "docus-medical-center", "qubs")]
    public string Partner { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fhir", "Messages", "ms_ORU-R01-01.hl7"));
        _message = Hl7Message.Parse(bytes);
        _bundle = new V2ToFhirConverter(V2ToFhirOptions.Default, TimeProvider.System).Convert(_message).Bundle;

        // Placeholders for every ${VARIABLE} the files name: the values do not matter here.
        var loader = new MappingLoader(name => name.EndsWith("URL", StringComparison.Ordinal) ? "https://partner.example/" + name : "placeholder");
        var set = loader.Load(Path.Combine(AppContext.BaseDirectory, "mappings"));
        _mapping = set.Find(Partner) ?? throw new InvalidOperationException(string.Join(Environment.NewLine, set.Errors));
        for (var i = 0; i < 20_000; i++)
        {
            Evaluate();
        }
    }

    [Benchmark]
    public IReadOnlyList<PlannedOperation> Evaluate() => OperationPlanner.Plan(_mapping, new MessageScope(_bundle, _message, LookupTables.Empty));
}

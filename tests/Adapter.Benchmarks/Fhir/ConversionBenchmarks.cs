using System.Diagnostics;
using System.Runtime;
using Adapter.Fhir.Conversion;
using Adapter.Fhir.Serialization;
using Adapter.Hl7v2.Parsing;
using BenchmarkDotNet.Attributes;
using Hl7.Fhir.Model;

namespace Adapter.Benchmarks.Fhir;

/// <summary>
/// HL7 v2 to a FHIR JSON Bundle on one thread, on corpus messages copied to Fhir/Messages
/// (ms_ORU-R01-01: 7.5 KB, 29 segments; ms_LAB-ORU-1: 1.5 KB, 16 segments).
/// </summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private static readonly TimeSpan QuietJit = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(30);

    private readonly V2ToFhirConverter _converter = new(V2ToFhirOptions.Default, TimeProvider.System);

    private byte[] _bytes = [];
    private Bundle _bundle = null!;

    [Params("ms_ORU-R01-01", "ms_LAB-ORU-1")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fhir", "Messages", Message + ".hl7"));
        _bundle = _converter.Convert(Hl7Message.Parse(_bytes)).Bundle;
        WarmUp();
    }

    /// <summary>Bytes to a serialized Bundle. Target on ms_ORU-R01-01: 5,000/s (under 200 µs).</summary>
    [Benchmark]
    public byte[] EndToEnd() => FhirJson.SerializeToUtf8(_converter.Convert(Hl7Message.Parse(_bytes)).Bundle);

    /// <summary>Bytes to a Bundle in memory: the parse and the mapping, without JSON.</summary>
    [Benchmark]
    public Bundle ParseAndConvert() => _converter.Convert(Hl7Message.Parse(_bytes)).Bundle;

    /// <summary>The converted Bundle to JSON only.</summary>
    [Benchmark]
    public byte[] Serialize() => FhirJson.SerializeToUtf8(_bundle);

    /// <summary>
    /// Runs the whole path until the JIT has been idle for half a second. It compiles some 5,800
    /// methods (the Firely POCOs and serializer among them) at tier 0, then again with PGO, which
    /// takes seconds on a small machine: the short job's three warmups would otherwise measure
    /// unoptimized code, two to four times slower.
    /// </summary>
    private void WarmUp()
    {
        var clock = Stopwatch.StartNew();
        var quietSince = clock.Elapsed;
        var compiled = JitInfo.GetCompiledMethodCount();
        while (clock.Elapsed - quietSince < QuietJit && clock.Elapsed < WarmUpLimit)
        {
            EndToEnd();
            var now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = clock.Elapsed;
            }
        }
    }
}

using Adapter.Hl7v2.Building;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Paths;
using BenchmarkDotNet.Attributes;

namespace Adapter.Benchmarks.Hl7v2;

/// <summary>The targets on ../shared/bench/oru_r01.hl7 (2.2 KB, 26 segments).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly Hl7Path PatientId = Hl7Path.Parse("PID-3.1");
    private static readonly Hl7Path FifthValue = Hl7Path.Parse("OBX[5]-5");

    private byte[] _bytes = [];
    private Hl7Message _message = null!;
    private Hl7MessageBuilder _builder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchFiles.Read("oru_r01.hl7");
        _message = Hl7Message.Parse(_bytes);
        _builder = Hl7MessageBuilder.From(_message);
    }

    /// <summary>Parse to an index. Target: 150,000/s, at most 4 KB allocated.</summary>
    [Benchmark]
    public Hl7Message Parse() => Hl7Message.Parse(_bytes);

    /// <summary>A path read. Target: under 100 ns.</summary>
    [Benchmark]
    public string ReadPatientId() => PatientId.Select(_message).Value;

    /// <summary>A path read deeper in the message. Target: under 100 ns.</summary>
    [Benchmark]
    public string ReadFifthObservationValue() => FifthValue.Select(_message).Value;

    /// <summary>Encode a message model to bytes. Target: 150,000/s.</summary>
    [Benchmark]
    public byte[] Encode() => _builder.ToBytes();

    /// <summary>Copy a parsed message into a builder and encode it (the re-encode of a received message).</summary>
    [Benchmark]
    public byte[] RebuildAndEncode() => Hl7MessageBuilder.From(_message).ToBytes();

    /// <summary>Group the message into its ORU_R01 structure (lazy; paid only by group paths).</summary>
    [Benchmark]
    public int ParseAndGroup() => Hl7Message.Parse(_bytes).Structure.Children.Count;
}

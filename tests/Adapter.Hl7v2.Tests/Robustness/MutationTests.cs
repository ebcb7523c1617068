using System.Diagnostics;
using Adapter.Hl7v2.Batches;
using Adapter.Hl7v2.Inspection;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Tests.Support;
using Adapter.Hl7v2.Types;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Tests.Robustness;

/// <summary>
/// Damaged input must be refused with <see cref="Hl7ParseException"/> and nothing else, and must be
/// read quickly. Every corpus and sample file is mutated many times with a seeded generator, so a
/// failure names the seed that reproduces it.
/// </summary>
public sealed class MutationTests
{
    private const int MutationsPerFile = 60;
    private const int BaseSeed = 20261120;
    private const long MaxMillisecondsPerInput = 1000;

    /// <summary>Parts read by number are compared with the walk over all parts for the first few only: each read by number scans from the start.</summary>
    private const int PartsReadByNumber = 8;

    private static readonly byte[] InjectedBytes =
        [(byte)'|', (byte)'^', (byte)'~', (byte)'\\', (byte)'&', (byte)'#', (byte)'"', 0x0D, 0x0A, 0x00, 0xFF, 0x0B, 0x1C, 0xEF, 0xC3];

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in TestFiles.CorpusNames())
        {
            data.Add("corpus", name);
        }

        foreach (var path in Directory.EnumerateFiles(TestFiles.SampleMessages, "*.hl7").Order(StringComparer.Ordinal))
        {
            data.Add("sample-messages", Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void Files_CorpusAndSamples_AreFound()
    {
        var files = Files();

        Assert.True(files.Count() >= 60, $"Expected the corpus and the samples (60 files or more); found {files.Count()}.");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_MutatedFile_ThrowsOnlyParseExceptionAndFinishesQuickly(string folder, string name)
    {
        var original = File.ReadAllBytes(Path.Combine(folder == "corpus" ? TestFiles.Corpus : TestFiles.SampleMessages, name));
        var failures = new List<string>();
        var slowest = (Milliseconds: 0L, Mutation: -1);
        var parsed = 0;

        for (var mutation = -1; mutation < MutationsPerFile; mutation++)
        {
            var seed = SeedFor(name, mutation);
            var input = mutation < 0 ? original : Mutate(original, new Random(seed));
            var stopwatch = Stopwatch.StartNew();
            var failure = ParseAndWalk(input, ref parsed);
            stopwatch.Stop();
            if (failure is not null)
            {
                failures.Add($"{folder}/{name} mutation {mutation} (seed {seed}, {input.Length} bytes): {failure}");
            }

            if (stopwatch.ElapsedMilliseconds > slowest.Milliseconds)
            {
                slowest = (stopwatch.ElapsedMilliseconds, mutation);
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
        Assert.True(
            slowest.Milliseconds < MaxMillisecondsPerInput,
            $"{folder}/{name} mutation {slowest.Mutation} (seed {SeedFor(name, slowest.Mutation)}) took {slowest.Milliseconds} ms to parse and walk.");
        Assert.True(parsed > 0, $"No input from {folder}/{name} parsed at all, not even the original; the walk was never exercised.");
    }

    [Fact]
    public void Write_FieldWithManyComponents_FinishesQuickly()
    {
        var message = Hl7Message.Parse(Messages.Er7(Messages.Msh, "PID|1||" + string.Concat(Enumerable.Repeat("a^", 50_000))));

        var stopwatch = Stopwatch.StartNew();
        var tree = Hl7TreeWriter.Write(message);
        stopwatch.Stop();

        Assert.Contains(".50000: a", tree, StringComparison.Ordinal);
        Assert.True(stopwatch.ElapsedMilliseconds < MaxMillisecondsPerInput, $"Writing the tree took {stopwatch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public void ReadAll_FieldWithManyRepetitions_FinishesQuickly()
    {
        var message = Hl7Message.Parse(Messages.Er7(Messages.Msh, "PID|1||" + string.Concat(Enumerable.Repeat("1~", 50_000))));
        Assert.True(message.TryFindSegment("PID", 1, out var pid));

        var stopwatch = Stopwatch.StartNew();
        var identifiers = ExtendedCompositeId.ReadAll(pid.Field(3));
        stopwatch.Stop();

        Assert.Equal(50_000, identifiers.Count);
        Assert.True(stopwatch.ElapsedMilliseconds < MaxMillisecondsPerInput, $"Reading the repetitions took {stopwatch.ElapsedMilliseconds} ms.");
    }

    /// <summary>Parses as a batch and as a message and reads everything; returns what went wrong, or null.</summary>
    private static string? ParseAndWalk(byte[] input, ref int parsed)
    {
        try
        {
            var batch = Hl7Batch.Parse(input);
            foreach (var message in batch.Messages)
            {
                Walk(message);
            }

            parsed++;
        }
        catch (Hl7ParseException)
        {
            // Refused as it should be.
        }
        catch (Exception error)
        {
            return $"Hl7Batch.Parse threw {error.GetType().Name}: {error.Message}{Environment.NewLine}{error.StackTrace}";
        }

        try
        {
            Walk(Hl7Message.Parse(input));
            parsed++;
        }
        catch (Hl7ParseException)
        {
            // Refused as it should be.
        }
        catch (Exception error)
        {
            return $"Hl7Message.Parse threw {error.GetType().Name}: {error.Message}{Environment.NewLine}{error.StackTrace}";
        }

        return null;
    }

    private static void Walk(Hl7Message message)
    {
        if (message.SegmentCount < 1 || !message.Header.Is("MSH"))
        {
            throw new InvalidOperationException($"A parsed message must start with MSH; it has {message.SegmentCount} segments.");
        }

        for (var i = 0; i < message.SegmentCount; i++)
        {
            var segment = message[i];
            if (segment.Id.Length != 3)
            {
                throw new InvalidOperationException($"Segment {i + 1} has the id '{segment.Id}'.");
            }

            for (var number = 1; number <= segment.FieldCount; number++)
            {
                var field = segment.Field(number);
                _ = field.Value;
                WalkParts(field, depth: 0);
            }
        }

        // The structure drops nothing and keeps the order the segments were sent in.
        var placed = message.Structure.Segments().Select(s => s.Index).ToList();
        if (!placed.SequenceEqual(Enumerable.Range(0, message.SegmentCount)))
        {
            throw new InvalidOperationException($"The structure holds segments [{string.Join(',', placed)}] of {message.SegmentCount}.");
        }

        _ = Hl7HeaderValidator.Validate(message);
    }

    /// <summary>Reads every part down to the subcomponents, and checks the walk agrees with reading parts by number.</summary>
    private static void WalkParts(Hl7Element element, int depth)
    {
        var count = 0;
        foreach (var part in element.Parts())
        {
            count++;
            _ = part.Value;
            if (count <= PartsReadByNumber && !part.Raw.SequenceEqual(element.Part(count).Raw))
            {
                throw new InvalidOperationException($"Part {count} walked differs from part {count} read by number.");
            }

            if (depth < 2)
            {
                WalkParts(part, depth + 1);
            }
        }

        if (count != element.PartCount)
        {
            throw new InvalidOperationException($"The walk found {count} parts; PartCount says {element.PartCount}.");
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var operations = random.Next(1, 4);
        for (var i = 0; i < operations; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                    FlipBytes(bytes, random);
                    break;
                case 1 when bytes.Count > 0:
                    Truncate(bytes, random);
                    break;
                case 2:
                    Inject(bytes, random);
                    break;
                case 3 when bytes.Count > 0:
                    DuplicateSlice(bytes, random, times: 1);
                    break;
                case 4 when bytes.Count > 0:
                    DeleteSlice(bytes, random);
                    break;
                case 5 when bytes.Count > 0:
                    DuplicateSlice(bytes, random, times: random.Next(2, 200));
                    break;
            }
        }

        return [.. bytes];
    }

    private static void FlipBytes(List<byte> bytes, Random random)
    {
        for (var n = random.Next(1, 5); n > 0 && bytes.Count > 0; n--)
        {
            bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
        }
    }

    private static void Truncate(List<byte> bytes, Random random)
    {
        var length = random.Next(bytes.Count);
        bytes.RemoveRange(length, bytes.Count - length);
    }

    private static void Inject(List<byte> bytes, Random random)
    {
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            bytes.Insert(random.Next(bytes.Count + 1), InjectedBytes[random.Next(InjectedBytes.Length)]);
        }
    }

    private static void DuplicateSlice(List<byte> bytes, Random random, int times)
    {
        var start = random.Next(bytes.Count);
        var length = random.Next(1, Math.Min(bytes.Count - start, 400) + 1);
        var slice = bytes.GetRange(start, length);
        var at = random.Next(bytes.Count + 1);
        for (var i = 0; i < times; i++)
        {
            bytes.InsertRange(at, slice);
        }
    }

    private static void DeleteSlice(List<byte> bytes, Random random)
    {
        var start = random.Next(bytes.Count);
        var length = random.Next(1, Math.Min(bytes.Count - start, 400) + 1);
        bytes.RemoveRange(start, length);
    }

    /// <summary>A seed that is the same in every run (string hash codes are not).</summary>
    private static int SeedFor(string name, int mutation)
    {
        var hash = BaseSeed;
        foreach (var c in name)
        {
            hash = unchecked((hash * 31) + c);
        }

        return unchecked((hash * 397) + mutation);
    }
}

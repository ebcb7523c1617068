using Adapter.Hl7v2.Batches;
using Adapter.Hl7v2.Building;
using Adapter.Hl7v2.Tests.Support;

namespace Adapter.Hl7v2.Tests.Corpus;

/// <summary>
/// The public corpus in ../shared/corpus and our own samples: everything parses, and every inbound
/// message encodes back to its bytes. Line endings are the one normalisation: our encoder writes CR
/// after each segment (as MLLP traffic does), so the input is compared with its BOM removed and
/// its LF / CR LF terminators written as CR.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> CorpusFiles() => new(TestFiles.CorpusNames());

    public static TheoryData<string> SampleFiles() => new(Directory.EnumerateFiles(TestFiles.SampleMessages, "*.hl7").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusMessage_ParsesAndRoundTrips(string file)
    {
        AssertParsesAndRoundTrips(TestFiles.CorpusFile(file));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void SampleMessage_ParsesAndRoundTripsByteForByte(string file)
    {
        var bytes = TestFiles.Sample(file);

        var message = Assert.Single(Hl7Batch.Parse(bytes).Messages);

        Assert.Equal(bytes, Hl7MessageBuilder.From(message).ToBytes(message.Encoding));
    }

    [Fact]
    public void Corpus_IsTheExpectedSet()
    {
        Assert.True(TestFiles.CorpusNames().Count() >= 58);
    }

    [Fact]
    public void CustomDelimiterCopy_ReadsTheSameValuesAsTheOriginal()
    {
        var original = Assert.Single(Hl7Batch.Parse(TestFiles.CorpusFile("derived_LAB-ORU-1_CR-only.hl7")).Messages);
        var custom = Assert.Single(Hl7Batch.Parse(TestFiles.CorpusFile("derived_LAB-ORU-1_custom-delimiters.hl7")).Messages);

        Assert.Equal(original.SegmentCount, custom.SegmentCount);
        for (var s = 1; s < original.SegmentCount; s++)
        {
            for (var f = 1; f <= original[s].FieldCount; f++)
            {
                for (var c = 1; c <= 6; c++)
                {
                    for (var sub = 1; sub <= 4; sub++)
                    {
                        Assert.Equal(original[s].Field(f).Component(c).Subcomponent(sub).Value, custom[s].Field(f).Component(c).Subcomponent(sub).Value);
                    }
                }
            }
        }
    }

    [Fact]
    public void UnicodeCopy_DecodesNonAsciiNamesAndEscapes()
    {
        var message = Assert.Single(Hl7Batch.Parse(TestFiles.CorpusFile("derived_LAB-ORU-1_unicode_Zseg.hl7")).Messages);

        Assert.Equal(65001, message.Encoding.CodePage);
        Assert.Contains(message.Get("PID-5.1") + message.Get("PID-5.2"), c => c > 127);
        Assert.Contains(message.Structure.Segments(), segment => segment.Is("ZXT"));
    }

    private static void AssertParsesAndRoundTrips(byte[] bytes)
    {
        var batch = Hl7Batch.Parse(bytes);
        Assert.NotEmpty(batch.Messages);
        var expected = new List<byte>();
        var encoded = new List<byte>();
        foreach (var message in batch.Messages)
        {
            _ = message.Structure;
            expected.AddRange(Normalise(message.Data.Span));
            encoded.AddRange(Hl7MessageBuilder.From(message).ToBytes(message.Encoding));
        }

        Assert.Equal(expected, encoded);
    }

    private static byte[] Normalise(ReadOnlySpan<byte> message)
    {
        var text = System.Text.Encoding.Latin1.GetString(message);
        if (text.StartsWith("\u00EF\u00BB\u00BF", StringComparison.Ordinal))
        {
            text = text[3..];
        }

        var lines = text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return System.Text.Encoding.Latin1.GetBytes(string.Concat(lines.Select(line => line + "\r")));
    }
}

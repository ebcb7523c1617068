using Adapter.Hl7v2.Building;
using Adapter.Hl7v2.Encoding;
using Adapter.Hl7v2.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Adapter.Hl7v2.Tests.Properties;

/// <summary>
/// The laws the encoding must keep: escape then unescape gives the text back, and a message built,
/// encoded and parsed gives back every value it was built with, byte for byte when rebuilt.
/// </summary>
public sealed class RoundTripProperties
{
    private const int Runs = 200;

    /// <summary>Printable ASCII symbols a sender may choose as delimiters ('"' is left out: it spells the explicit null).</summary>
    private const string DelimiterPool = "|^~\\&#$*!%@+=:;/?<>[]{}()'`,-._";

    private static readonly string[] SegmentIds = ["PID", "OBX", "ZZ1", "NTE", "OBR", "PV1", "ORC", "Z01", "ZDS", "EVN"];

    private static readonly string[] TextPieces =
    [
        .. DelimiterPool.Select(c => c.ToString()),
        "a", "b", "Z", "0", "7", " ", "\t", "\"", "\r", "\n", "\r\n", "é", "ü", "ß", "Ω", "漢", "字", "😀",
        "X0D", "\\X0D\\", "\\.br\\", "\\H\\", "\\E\\", "E", "X", "P", ".br", "\"\"",
    ];

    private static Gen<Hl7Delimiters> DelimitersGen { get; } =
        from pool in Gen.Shuffle(DelimiterPool.ToCharArray())
        from withTruncation in Gen.Elements(false, true)
        select new Hl7Delimiters(
            (byte)pool[0], (byte)pool[1], (byte)pool[2], (byte)pool[3], (byte)pool[4], withTruncation ? (byte)pool[5] : null);

    private static Gen<string> TextGen { get; } =
        Gen.ListOf(Gen.Elements(TextPieces)).Select(string.Concat);

    /// <summary>Values a builder can carry exactly: the explicit null is a marker, not text.</summary>
    private static Gen<string> ValueGen { get; } =
        Gen.Choose(0, 12).SelectMany(length => Gen.ArrayOf(Gen.Elements(TextPieces), length))
            .Select(string.Concat)
            .Where(text => text != Hl7SegmentBuilder.ExplicitNull);

    private static Gen<GeneratedValue> ValueAtGen { get; } =
        from field in Gen.Choose(1, 12)
        from repetition in Gen.Choose(1, 3)
        from component in Gen.Choose(1, 5)
        from subcomponent in Gen.Choose(1, 3)
        from text in ValueGen
        select new GeneratedValue(field, repetition, component, subcomponent, text);

    private static Gen<GeneratedSegment> SegmentGen { get; } =
        from id in Gen.Elements(SegmentIds)
        from count in Gen.Choose(0, 10)
        from values in Gen.ArrayOf(ValueAtGen, count)
        select new GeneratedSegment(id, values);

    private static Gen<GeneratedMessage> MessageGen { get; } =
        from delimiters in DelimitersGen
        from sendingApplication in ValueGen
        from sendingFacility in ValueGen
        from controlId in Gen.Choose(1, 999_999)
        from count in Gen.Choose(1, 8)
        from segments in Gen.ArrayOf(SegmentGen, count)
        select new GeneratedMessage(delimiters, sendingApplication, sendingFacility, $"CTRL{controlId}", segments);

    [Property(MaxTest = Runs)]
    public Property Unescape_OfEscapedText_ReturnsOriginalText() =>
        Prop.ForAll(Arb.From(from d in DelimitersGen from s in TextGen select (d, s)), input =>
        {
            var (delimiters, text) = input;

            var escaped = Hl7Escaping.Escape(text, delimiters);
            var unescaped = Hl7Escaping.Unescape(
                System.Text.Encoding.UTF8.GetBytes(escaped), delimiters, System.Text.Encoding.UTF8, FormattingEscapes.Render);

            Assert.Equal(text, unescaped);
        });

    [Property(MaxTest = Runs)]
    public Property Escape_AnyText_LeavesNoRawDelimiterOrLineBreak() =>
        Prop.ForAll(Arb.From(from d in DelimitersGen from s in TextGen select (d, s)), input =>
        {
            var (delimiters, text) = input;

            var escaped = Hl7Escaping.Escape(text, delimiters);

            Assert.DoesNotContain('\r', escaped);
            Assert.DoesNotContain('\n', escaped);
            var parts = escaped.Split((char)delimiters.Escape);
            Assert.True(parts.Length % 2 == 1, $"Escape characters are unpaired in '{escaped}'.");
            for (var i = 0; i < parts.Length; i++)
            {
                if (i % 2 == 1)
                {
                    Assert.Contains(parts[i], new[] { "F", "S", "T", "R", "E", "P", "X0D", "X0A" });
                }
                else
                {
                    Assert.DoesNotContain(parts[i], c => c < 128 && delimiters.IsDelimiter((byte)c));
                }
            }
        });

    [Property(MaxTest = Runs)]
    public Property Escape_TextWithoutDelimitersOrLineBreaks_ReturnsSameText() =>
        Prop.ForAll(Arb.From(from d in DelimitersGen from s in TextGen select (d, s)), input =>
        {
            var (delimiters, text) = input;
            var plain = new string(text.Where(c => c is not ('\r' or '\n') && (c >= 128 || !delimiters.IsDelimiter((byte)c))).ToArray());

            var escaped = Hl7Escaping.Escape(plain, delimiters);

            Assert.Equal(plain, escaped);
        });

    /// <summary>
    /// Line breaks written as <c>\.br\</c> read back as LF. With '.' as the escape character that
    /// command cannot be written, so the line breaks are hex escaped and come back exactly.
    /// </summary>
    [Property(MaxTest = Runs)]
    public Property Unescape_OfFormattedTextEscape_ReturnsTextWithNewLines() =>
        Prop.ForAll(Arb.From(from d in DelimitersGen from s in TextGen select (d, s)), input =>
        {
            var (delimiters, text) = input;

            var escaped = Hl7Escaping.Escape(text, delimiters, LineBreaks.FormattedText);
            var unescaped = Hl7Escaping.Unescape(
                System.Text.Encoding.UTF8.GetBytes(escaped), delimiters, System.Text.Encoding.UTF8, FormattingEscapes.Render);

            var expected = delimiters.Escape == (byte)'.'
                ? text
                : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            Assert.Equal(expected, unescaped);
        });

    [Fact]
    public void Escape_FormattedTextWithDotEscape_WritesDecodableLineBreak()
    {
        var delimiters = new Hl7Delimiters((byte)'|', (byte)'^', (byte)'~', (byte)'.', (byte)'&');

        var escaped = Hl7Escaping.Escape("a\r\nb\nc", delimiters, LineBreaks.FormattedText);
        var unescaped = Hl7Escaping.Unescape(
            System.Text.Encoding.UTF8.GetBytes(escaped), delimiters, System.Text.Encoding.UTF8, FormattingEscapes.Render);

        Assert.Equal("a\r\nb\nc", unescaped);
    }

    [Property(MaxTest = Runs)]
    public Property Parse_OfBuiltMessage_ReturnsEveryValue() =>
        Prop.ForAll(Arb.From(MessageGen), generated =>
        {
            var bytes = Build(generated).ToBytes();

            var message = Hl7Message.Parse(bytes);

            AssertMessageHolds(generated, message);
        });

    [Property(MaxTest = Runs)]
    public Property ToBytes_OfRebuiltParsedMessage_ReturnsSameBytes() =>
        Prop.ForAll(Arb.From(MessageGen), generated =>
        {
            var bytes = Build(generated).ToBytes();

            var rebuilt = Hl7MessageBuilder.From(Hl7Message.Parse(bytes)).ToBytes();

            Assert.Equal(bytes, rebuilt);
        });

    [Property(MaxTest = Runs)]
    public Property Parse_OfBuiltLatin1Message_ReturnsEveryValue() =>
        Prop.ForAll(Arb.From(MessageGen.Select(ToLatin1)), generated =>
        {
            var builder = Build(generated);
            builder.Header.Set(18, "8859/1");
            var bytes = builder.ToBytes(System.Text.Encoding.Latin1);

            var message = Hl7Message.Parse(bytes);

            Assert.Equal(System.Text.Encoding.Latin1.CodePage, message.Encoding.CodePage);
            AssertMessageHolds(generated, message);
        });

    private static Hl7MessageBuilder Build(GeneratedMessage generated)
    {
        var builder = new Hl7MessageBuilder(generated.Delimiters);
        builder.Header
            .Set(3, 1, 1, 1, generated.SendingApplication)
            .Set(4, 1, 2, 1, generated.SendingFacility)
            .Set(5, "ADAPTER")
            .Set(6, "HOSP")
            .Set(7, "20261120083000-0500")
            .SetComponents(9, "ORU", "R01")
            .Set(10, generated.ControlId)
            .Set(11, "P")
            .Set(12, "2.5.1");
        foreach (var segment in generated.Segments)
        {
            var added = builder.Add(segment.Id);
            foreach (var value in segment.Values)
            {
                added.Set(value.Field, value.Repetition, value.Component, value.Subcomponent, value.Text);
            }
        }

        return builder;
    }

    private static void AssertMessageHolds(GeneratedMessage generated, Hl7Message message)
    {
        Assert.Equal(generated.Delimiters, message.Delimiters);
        Assert.Equal(generated.Segments.Count + 1, message.SegmentCount);
        var header = message.Header;
        Assert.Equal(generated.SendingApplication, header.Field(3).Repetition(1).Component(1).Subcomponent(1).Value);
        Assert.Equal(generated.SendingFacility, header.Field(4).Repetition(1).Component(2).Subcomponent(1).Value);
        Assert.Equal("ORU", header.Field(9).Component(1).Value);
        Assert.Equal("R01", header.Field(9).Component(2).Value);
        Assert.Equal(generated.ControlId, header.Field(10).Value);
        Assert.Equal("2.5.1", header.Field(12).Value);

        for (var i = 0; i < generated.Segments.Count; i++)
        {
            var expected = generated.Segments[i];
            var segment = message[i + 1];
            Assert.Equal(expected.Id, segment.Id);
            Assert.Equal(ExpectedFieldCount(expected.Values), segment.FieldCount);

            // Later values overwrite earlier ones at the same place, as they did in the builder.
            var last = new Dictionary<(int, int, int, int), string>();
            foreach (var value in expected.Values)
            {
                last[(value.Field, value.Repetition, value.Component, value.Subcomponent)] = value.Text;
            }

            foreach (var ((field, repetition, component, subcomponent), text) in last)
            {
                var actual = segment.Field(field).Repetition(repetition).Component(component).Subcomponent(subcomponent).Value;
                Assert.True(
                    text == actual,
                    $"Segment {i + 2} ({expected.Id}) field {field}[{repetition}].{component}.{subcomponent}: expected '{text}', got '{actual}'.");
            }
        }
    }

    private static GeneratedMessage ToLatin1(GeneratedMessage generated)
    {
        static string Keep(string text)
        {
            var kept = new string(text.Where(c => c <= '\u00FF').ToArray());
            return kept == Hl7SegmentBuilder.ExplicitNull ? string.Empty : kept;
        }

        return generated with
        {
            SendingApplication = Keep(generated.SendingApplication),
            SendingFacility = Keep(generated.SendingFacility),
            Segments = generated.Segments
                .Select(s => s with { Values = s.Values.Select(v => v with { Text = Keep(v.Text) }).ToArray() })
                .ToArray(),
        };
    }

    private sealed record GeneratedValue(int Field, int Repetition, int Component, int Subcomponent, string Text);

    private sealed record GeneratedSegment(string Id, IReadOnlyList<GeneratedValue> Values);

    private sealed record GeneratedMessage(
        Hl7Delimiters Delimiters,
        string SendingApplication,
        string SendingFacility,
        string ControlId,
        IReadOnlyList<GeneratedSegment> Segments);

    // The builder writes nothing past the last field for an empty value, so no trailing delimiters.
    private static int ExpectedFieldCount(IEnumerable<GeneratedValue> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            if (value.Text.Length > 0 || value.Field <= count)
            {
                count = Math.Max(count, value.Field);
            }
        }

        return count;
    }
}

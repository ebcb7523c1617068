using Adapter.Hl7v2.Encoding;
using Adapter.Hl7v2.Paths;
using Adapter.Hl7v2.Structures;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// A parsed ER7 message: an index over the original bytes. Parsing records where segments and
/// fields begin and allocates nothing per field; strings are decoded only when a value is read.
/// The bytes must not change while the message is in use.
/// </summary>
public sealed class Hl7Message
{
    private readonly SegmentSpan[] _segments;
    private readonly int[] _fieldStarts;
    private Hl7Group? _structure;

    private Hl7Message(
        ReadOnlyMemory<byte> data,
        Hl7Delimiters delimiters,
        (SegmentSpan[] Segments, int Count, int[] FieldStarts) index,
        Hl7ParseOptions options,
        System.Text.Encoding? knownEncoding)
    {
        Data = data;
        Delimiters = delimiters;
        (_segments, SegmentCount, _fieldStarts) = index;
        Options = options;
        Encoding = options.DefaultEncoding;
        var charset = Header.Field(18).Repetition(1).Component(1);
        if (!charset.IsEmpty && !charset.IsNull)
        {
            HasUnsupportedCharset = !Hl7Charset.TryGetEncoding(charset.Value, out var declared);
            Encoding = HasUnsupportedCharset ? options.DefaultEncoding : declared;
        }

        Encoding = knownEncoding ?? Encoding;
    }

    /// <summary>The bytes the message was read from.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    public Hl7Delimiters Delimiters { get; }

    /// <summary>The text encoding values are decoded with: from MSH-18, else the default of the options.</summary>
    public System.Text.Encoding Encoding { get; }

    /// <summary>True when MSH-18 names a charset the adapter cannot decode; the default was used instead.</summary>
    public bool HasUnsupportedCharset { get; }

    public Hl7ParseOptions Options { get; }

    public int SegmentCount { get; }

    /// <summary>The MSH segment.</summary>
    public Hl7Segment Header => new(this, 0);

    public Hl7Segment this[int index] =>
        (uint)index < (uint)SegmentCount ? new Hl7Segment(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The segments, grouped as the message structure of MSH-9 says (v2.5.1).</summary>
    public Hl7Group Structure => _structure ??= StructureMatcher.Match(this);

    /// <summary>Reads a message from bytes, decoding text as MSH-18 declares.</summary>
    public static Hl7Message Parse(ReadOnlyMemory<byte> data, Hl7ParseOptions? options = null) =>
        Parse(data, options ?? Hl7ParseOptions.Default, knownEncoding: null);

    /// <summary>Reads a message from text. The text is already Unicode, so MSH-18 does not apply.</summary>
    public static Hl7Message Parse(string text, Hl7ParseOptions? options = null) =>
        Parse(Hl7Charset.Utf8.GetBytes(text), options ?? Hl7ParseOptions.Default, Hl7Charset.Utf8);

    /// <summary>The element a path points to; empty when the message does not have it.</summary>
    public Hl7Element Select(Hl7Path path) => path.Select(this);

    /// <summary>The decoded value at <paramref name="path"/> (for example <c>PID-3[2].1</c>).</summary>
    public string Get(string path) => Hl7Path.Parse(path).Select(this).Value;

    /// <summary>Finds the n-th segment (1-based) with the given id.</summary>
    public bool TryFindSegment(ReadOnlySpan<char> id, int occurrence, out Hl7Segment segment)
    {
        var seen = 0;
        for (var i = 0; i < SegmentCount; i++)
        {
            if (SegmentIdEquals(i, id) && ++seen == occurrence)
            {
                segment = new Hl7Segment(this, i);
                return true;
            }
        }

        segment = default;
        return false;
    }

    internal ref readonly SegmentSpan SpanOf(int segment) => ref _segments[segment];

    internal int FieldStart(int index) => _fieldStarts[index];

    internal bool SegmentIdEquals(int segment, ReadOnlySpan<char> id)
    {
        var start = _segments[segment].Start;
        var bytes = Data.Span;
        return id.Length == 3 && bytes[start] == id[0] && bytes[start + 1] == id[1] && bytes[start + 2] == id[2];
    }

    private static void RequireMessageHeader(ReadOnlySpan<byte> data, int start)
    {
        var head = data[start..];
        if (head.StartsWith("MSH"u8))
        {
            return;
        }

        var message = head.IsEmpty
            ? "The message is empty."
            : HeaderSegments.IsBatchEnvelope(head[..Math.Min(3, head.Length)])
                ? "The input is a batch (it starts with a batch or file header); read it as a batch."
                : "The message does not start with an MSH segment.";
        throw new Hl7ParseException(Hl7ErrorCode.SegmentSequenceError, message, start, new Hl7Location("MSH"));
    }

    private static Hl7Message Parse(ReadOnlyMemory<byte> data, Hl7ParseOptions options, System.Text.Encoding? knownEncoding)
    {
        var span = data.Span;
        var start = Er7Indexer.SkipPreamble(span);
        RequireMessageHeader(span, start);
        var delimiters = DelimiterReader.Read(span, start);
        var index = Er7Indexer.Index(span, start, delimiters, options.MaxSegments);
        var message = new Hl7Message(data, delimiters, index, options, knownEncoding);
        message.RejectSecondHeader();
        return message;
    }

    private void RejectSecondHeader()
    {
        for (var i = 1; i < SegmentCount; i++)
        {
            var span = _segments[i];
            var id = Data.Span.Slice(span.Start, 3);
            if (HeaderSegments.IsHeader(id) || HeaderSegments.IsBatchEnvelope(id))
            {
                throw new Hl7ParseException(
                    Hl7ErrorCode.SegmentSequenceError,
                    $"Segment {i + 1} starts another message or batch; the input holds more than one message, so read it as a batch.",
                    span.Start,
                    new Hl7Location(System.Text.Encoding.ASCII.GetString(id)));
            }
        }
    }
}

namespace Adapter.Hl7v2.Parsing;

/// <summary>One segment of a parsed message. A default instance stands for a segment that is not there.</summary>
public readonly struct Hl7Segment
{
    private readonly Hl7Message? _message;
    private readonly int _index;

    internal Hl7Segment(Hl7Message message, int index)
    {
        _message = message;
        _index = index;
    }

    public bool Exists => _message is not null;

    /// <summary>The 0-based position of the segment in its message.</summary>
    public int Index => _index;

    public Hl7Message Message => _message ?? throw new InvalidOperationException("The segment does not exist.");

    /// <summary>The segment id, such as <c>PID</c>.</summary>
    public string Id => _message is null ? string.Empty : System.Text.Encoding.ASCII.GetString(Raw[..3]);

    /// <summary>The segment's bytes, without its terminator.</summary>
    public ReadOnlySpan<byte> Raw => _message is null ? default : Bytes(_message.SpanOf(_index));

    /// <summary>
    /// The highest field number present. MSH, FHS and BHS count their field separator as field 1.
    /// </summary>
    public int FieldCount
    {
        get
        {
            if (_message is null)
            {
                return 0;
            }

            var span = _message.SpanOf(_index);
            return IsHeader ? span.RawFieldCount : span.RawFieldCount - 1;
        }
    }

    private bool IsHeader => HeaderSegments.IsHeader(Raw[..3]);

    public bool Is(ReadOnlySpan<char> id) => _message is not null && _message.SegmentIdEquals(_index, id);

    /// <summary>Field <paramref name="number"/> (1-based); empty when the segment stops before it.</summary>
    public Hl7Element Field(int number)
    {
        if (_message is null || number < 1)
        {
            return default;
        }

        ref readonly var span = ref _message.SpanOf(_index);
        if (!IsHeader)
        {
            return RawField(span, number, ElementLevel.Field);
        }

        return number switch
        {
            1 => new Hl7Element(_message, span.Start + 3, 1, ElementLevel.Literal),
            2 => RawField(span, 1, ElementLevel.Literal),
            _ => RawField(span, number - 1, ElementLevel.Field),
        };
    }

    /// <summary>The segment as written, without its terminator.</summary>
    public override string ToString() => _message is null ? string.Empty : _message.Encoding.GetString(Raw);

    private ReadOnlySpan<byte> Bytes(in SegmentSpan span) => _message!.Data.Span[span.Start..span.End];

    private Hl7Element RawField(in SegmentSpan span, int rawIndex, ElementLevel level)
    {
        if (rawIndex >= span.RawFieldCount)
        {
            return default;
        }

        var start = _message!.FieldStart(span.FirstField + rawIndex);
        var end = rawIndex + 1 < span.RawFieldCount ? _message.FieldStart(span.FirstField + rawIndex + 1) - 1 : span.End;
        return new Hl7Element(_message, start, end - start, level);
    }
}

using Adapter.Hl7v2.Encoding;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Building;

/// <summary>
/// Builds a message in code (ORU^R01, ORM^O01, ACK), or rebuilds a parsed one to change it. A new
/// builder starts with an MSH carrying the chosen delimiters.
/// </summary>
public sealed class Hl7MessageBuilder
{
    private readonly List<Hl7SegmentBuilder> _segments = [];

    public Hl7MessageBuilder(Hl7Delimiters? delimiters = null, LineBreaks lineBreaks = LineBreaks.HexEscape)
    {
        Delimiters = delimiters ?? Hl7Delimiters.Standard;
        LineBreaks = lineBreaks;
        Add("MSH").SetHeaderDelimiters(((char)Delimiters.Field).ToString(), Delimiters.EncodingCharacters);
    }

    private Hl7MessageBuilder(Hl7Delimiters delimiters)
    {
        Delimiters = delimiters;
        LineBreaks = LineBreaks.HexEscape;
    }

    public Hl7Delimiters Delimiters { get; }

    public LineBreaks LineBreaks { get; }

    public IReadOnlyList<Hl7SegmentBuilder> Segments => _segments;

    /// <summary>The MSH segment.</summary>
    public Hl7SegmentBuilder Header => _segments[0];

    /// <summary>Copies a parsed message, field by field as written, so it can be changed and encoded again.</summary>
    public static Hl7MessageBuilder From(Hl7Message message)
    {
        var builder = new Hl7MessageBuilder(message.Delimiters);
        for (var i = 0; i < message.SegmentCount; i++)
        {
            var segment = message[i];
            var copy = builder.Add(segment.Id);
            var count = segment.FieldCount;
            var first = 1;
            if (copy.IsHeader)
            {
                copy.SetHeaderDelimiters(segment.Field(1).Er7, segment.Field(2).Er7);
                first = 3;
            }

            for (var field = first; field <= count; field++)
            {
                copy.SetRaw(field, segment.Field(field).Er7);
            }
        }

        return builder;
    }

    /// <summary>Appends a segment.</summary>
    public Hl7SegmentBuilder Add(string segmentId)
    {
        var segment = new Hl7SegmentBuilder(segmentId, Delimiters, LineBreaks);
        _segments.Add(segment);
        return segment;
    }

    /// <summary>The n-th segment (1-based) with this id, or null.</summary>
    public Hl7SegmentBuilder? Find(string segmentId, int occurrence = 1) =>
        _segments.Where(s => s.Id == segmentId).Skip(occurrence - 1).FirstOrDefault();

    /// <summary>Encodes the message in <paramref name="encoding"/> (UTF-8 when not given).</summary>
    public byte[] ToBytes(System.Text.Encoding? encoding = null) => Er7Writer.ToBytes(this, encoding ?? Hl7Charset.Utf8);

    /// <summary>The message as ER7 text, segments ended by CR.</summary>
    public override string ToString() => Er7Writer.ToText(this);
}

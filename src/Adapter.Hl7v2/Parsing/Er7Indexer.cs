using Adapter.Hl7v2.Encoding;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// Builds the index of a message: one pass that records where each segment and each field begins.
/// Segments end at CR, LF or CR LF; nothing is copied or decoded.
/// </summary>
internal static class Er7Indexer
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Skips a UTF-8 byte order mark and blank lines before the first segment.</summary>
    public static int SkipPreamble(ReadOnlySpan<byte> data)
    {
        var offset = data.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        while (offset < data.Length && data[offset] is (byte)'\r' or (byte)'\n')
        {
            offset++;
        }

        return offset;
    }

    public static (SegmentSpan[] Segments, int SegmentCount, int[] FieldStarts) Index(
        ReadOnlySpan<byte> data, int start, Hl7Delimiters delimiters, int maxSegments)
    {
        var body = data[start..];
        var segmentBound = body.Count((byte)'\r') + body.Count((byte)'\n') + 1;
        var segments = new SegmentSpan[Math.Min(segmentBound, maxSegments + 1)];
        var fieldStarts = new int[body.Count(delimiters.Field) + segmentBound];

        var segmentCount = 0;
        var fieldCount = 0;
        var position = start;
        while (position < data.Length)
        {
            var lineLength = data[position..].IndexOfAny((byte)'\r', (byte)'\n');
            var end = lineLength < 0 ? data.Length : position + lineLength;
            if (end > position)
            {
                if (segmentCount == maxSegments)
                {
                    throw new Hl7ParseException(Hl7ErrorCode.SegmentSequenceError, $"The message has more than {maxSegments} segments.", position);
                }

                CheckSegmentId(data, position, end, delimiters.Field, segmentCount);
                var firstField = fieldCount;
                fieldStarts[fieldCount++] = position;
                var line = data[position..end];
                var separator = line.IndexOf(delimiters.Field);
                while (separator >= 0)
                {
                    var fieldStart = separator + 1;
                    fieldStarts[fieldCount++] = position + fieldStart;
                    var next = line[fieldStart..].IndexOf(delimiters.Field);
                    separator = next < 0 ? -1 : fieldStart + next;
                }

                segments[segmentCount++] = new SegmentSpan(position, end, firstField, fieldCount - firstField);
            }

            position = end + 1;
        }

        return (segments, segmentCount, fieldStarts);
    }

    private static void CheckSegmentId(ReadOnlySpan<byte> data, int start, int end, byte fieldSeparator, int segmentIndex)
    {
        var line = data[start..end];
        var valid = line.Length >= 3
            && char.IsAsciiLetterUpper((char)line[0])
            && IsIdCharacter(line[1]) && IsIdCharacter(line[2])
            && (line.Length == 3 || line[3] == fieldSeparator);
        if (!valid)
        {
            throw new Hl7ParseException(
                Hl7ErrorCode.SegmentSequenceError,
                $"Segment {segmentIndex + 1} (at byte {start}) does not begin with a segment id: three upper-case letters or digits followed by the field separator.",
                start);
        }
    }

    private static bool IsIdCharacter(byte b) => char.IsAsciiLetterUpper((char)b) || char.IsAsciiDigit((char)b);
}

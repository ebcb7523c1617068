using System.Text.Unicode;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Validation;

/// <summary>Finds the first byte that the message's charset cannot hold, and says which field it is in.</summary>
internal static class CharsetCheck
{
    public static Hl7Issue? FindInvalidByte(Hl7Message message)
    {
        var data = message.Data.Span;
        int offset;
        string charset;
        switch (message.Encoding.CodePage)
        {
            case 65001:
                if (Utf8.IsValid(data))
                {
                    return null;
                }

                Utf8.ToUtf16(data, new char[data.Length], out offset, out _, replaceInvalidSequences: false);
                charset = "UTF-8";
                break;
            case 20127:
                offset = data.IndexOfAnyExceptInRange((byte)0, (byte)127);
                if (offset < 0)
                {
                    return null;
                }

                charset = "ASCII";
                break;
            default:
                return null;
        }

        var location = LocationOf(message, offset);
        return Hl7Issue.Error(Hl7ErrorCode.DataTypeError, location, $"{location} holds bytes that are not valid {charset}, the charset the message declares (MSH-18) or the receiver assumes.");
    }

    private static Hl7Location LocationOf(Hl7Message message, int offset)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < message.SegmentCount; i++)
        {
            var segment = message[i];
            var id = segment.Id;
            occurrences[id] = occurrences.GetValueOrDefault(id) + 1;
            ref readonly var span = ref message.SpanOf(i);
            if (offset > span.End)
            {
                continue;
            }

            var field = 0;
            for (var f = 1; f < span.RawFieldCount && message.FieldStart(span.FirstField + f) <= offset; f++)
            {
                field = f;
            }

            return new Hl7Location(id, occurrences[id], field == 0 ? null : HeaderSegments.IsHeader(id) ? field + 1 : field);
        }

        return new Hl7Location("MSH");
    }
}

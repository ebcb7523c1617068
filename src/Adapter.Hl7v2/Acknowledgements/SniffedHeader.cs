using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Acknowledgements;

/// <summary>
/// What can still be read from the first line of a message the parser refused: the field separator
/// is MSH's fourth byte even when MSH-2 is wrong, so MSH-10 is usually recoverable for MSA-2.
/// </summary>
public sealed record SniffedHeader(string? SendingApplication, string? SendingFacility, string? ReceivingApplication, string? ReceivingFacility, string? ControlId, string? ProcessingId, string? Version)
{
    public static SniffedHeader Read(ReadOnlySpan<byte> raw)
    {
        var start = Er7Indexer.SkipPreamble(raw);
        var line = raw[start..];
        if (line.Length < 4 || !line.StartsWith("MSH"u8))
        {
            return new SniffedHeader(null, null, null, null, null, null, null);
        }

        var separator = line[3];
        var end = line.IndexOfAny((byte)'\r', (byte)'\n');
        line = end < 0 ? line : line[..end];
        var fields = new string?[12];
        var index = 0;
        foreach (var range in line.Split(separator))
        {
            if (index >= fields.Length)
            {
                break;
            }

            // Latin-1 maps every byte to one character, so nothing here can fail to decode.
            var text = System.Text.Encoding.Latin1.GetString(line[range]).Trim();
            fields[index++] = text.Length == 0 ? null : text;
        }

        // Raw field k is MSH-(k+1): the separator itself is MSH-1.
        return new SniffedHeader(fields[2], fields[3], fields[4], fields[5], fields[9], fields[10], fields[11]);
    }
}

using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Batches;

/// <summary>
/// A batch or file of messages (FHS, BHS, messages, BTS, FTS), or simply several messages one after
/// another. Each message is parsed over its own slice of the original bytes.
/// </summary>
public sealed class Hl7Batch
{
    private Hl7Batch(IReadOnlyList<Hl7Message> messages, IReadOnlyList<string> envelope, int? declaredCount)
    {
        Messages = messages;
        Envelope = envelope;
        DeclaredMessageCount = declaredCount;
    }

    public IReadOnlyList<Hl7Message> Messages { get; }

    /// <summary>The ids of the envelope segments in order (FHS, BHS, BTS, FTS).</summary>
    public IReadOnlyList<string> Envelope { get; }

    /// <summary>BTS-1, the count the sender says the batch holds; null when absent.</summary>
    public int? DeclaredMessageCount { get; }

    /// <summary>True when BTS-1 is present and does not match the messages found.</summary>
    public bool HasCountMismatch => DeclaredMessageCount is { } count && count != Messages.Count;

    public static Hl7Batch Parse(ReadOnlyMemory<byte> data, Hl7ParseOptions? options = null)
    {
        var span = data.Span;
        var messages = new List<Hl7Message>();
        var envelope = new List<string>();
        int? declared = null;
        var messageStart = -1;
        var position = Er7Indexer.SkipPreamble(span);
        while (position < span.Length)
        {
            var length = span[position..].IndexOfAny((byte)'\r', (byte)'\n');
            var end = length < 0 ? span.Length : position + length;
            var line = span[position..end];
            if (line.Length >= 3 && HeaderSegments.IsBatchEnvelope(line[..3]))
            {
                Close(data, messageStart, position, messages, options);
                messageStart = -1;
                envelope.Add(System.Text.Encoding.ASCII.GetString(line[..3]));
                declared = line.StartsWith("BTS"u8) ? BatchCount(line) ?? declared : declared;
            }
            else if (line.StartsWith("MSH"u8))
            {
                Close(data, messageStart, position, messages, options);
                messageStart = position;
            }
            else if (line.Length > 0 && messageStart < 0)
            {
                var message = envelope.Count == 0 && messages.Count == 0
                    ? "The message does not start with an MSH segment."
                    : $"A segment at byte {position} is outside any message: every message in a batch starts with MSH.";
                throw new Hl7ParseException(Hl7ErrorCode.SegmentSequenceError, message, position, new Hl7Location("MSH"));
            }

            position = end + 1;
        }

        Close(data, messageStart, span.Length, messages, options);
        return new Hl7Batch(messages, envelope, declared);
    }

    private static void Close(ReadOnlyMemory<byte> data, int start, int end, List<Hl7Message> messages, Hl7ParseOptions? options)
    {
        if (start < 0)
        {
            return;
        }

        try
        {
            messages.Add(Hl7Message.Parse(data[start..end], options));
        }
        catch (Hl7ParseException error)
        {
            throw new Hl7ParseException(error.Code, $"Message {messages.Count + 1} of the batch: {error.Message}", start + error.Position, error.Location);
        }
    }

    private static int? BatchCount(ReadOnlySpan<byte> bts)
    {
        // BTS-1 is the first field: "BTS|3".
        if (bts.Length < 5)
        {
            return null;
        }

        var rest = bts[4..];
        var end = rest.IndexOf(bts[3]);
        var text = System.Text.Encoding.ASCII.GetString(end < 0 ? rest : rest[..end]);
        return int.TryParse(text, out var count) ? count : null;
    }
}

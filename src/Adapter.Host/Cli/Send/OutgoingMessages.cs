using Adapter.Hl7v2.Batches;
using Adapter.Hl7v2.Parsing;
using Adapter.Host.Cli.Hl7;

namespace Adapter.Host.Cli.Send;

/// <summary>
/// Reads the files to send. A file that parses gives its messages (one, several, or a batch's);
/// one that does not is sent as it is, so malformed input can be tried against a listener.
/// </summary>
internal static class OutgoingMessages
{
    public static IReadOnlyList<OutgoingMessage>? TryLoad(IEnumerable<FileInfo> files, TextWriter error)
    {
        var messages = new List<OutgoingMessage>();
        foreach (var file in files)
        {
            if (!MessageFile.TryReadBytes(file, error, out var bytes))
            {
                return null;
            }

            IReadOnlyList<Hl7Message> parsed;
            try
            {
                parsed = Hl7Batch.Parse(bytes).Messages;
            }
            catch (Hl7ParseException exception)
            {
                error.WriteLine($"{MessageFile.Describe(file, exception)}; sending the file as it is.");
                parsed = [];
            }

            if (parsed.Count == 0)
            {
                messages.Add(new OutgoingMessage(file.Name, bytes));
                continue;
            }

            for (var i = 0; i < parsed.Count; i++)
            {
                messages.Add(new OutgoingMessage(parsed.Count == 1 ? file.Name : $"{file.Name}#{i + 1}", parsed[i].Data));
            }
        }

        return messages;
    }
}

using Adapter.Hl7v2.Batches;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Host.Cli.Hl7;

/// <summary>
/// Reads a file of one message or a batch. Problems become one line for stderr, naming the file and
/// the place; nothing from the message content is quoted.
/// </summary>
internal static class MessageFile
{
    /// <summary>Exit code for input that cannot be read.</summary>
    public const int Unreadable = 2;

    public static bool TryReadBytes(FileInfo file, TextWriter error, out byte[] bytes)
    {
        bytes = [];
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file.Name}: cannot read the file: {exception.GetType().Name}.");
            return false;
        }
    }

    /// <summary>Parses every message in the file (a single message is a batch of one).</summary>
    public static bool TryParse(FileInfo file, byte[] bytes, TextWriter error, out IReadOnlyList<Hl7Message> messages)
    {
        messages = [];
        try
        {
            messages = Hl7Batch.Parse(bytes).Messages;
            if (messages.Count == 0)
            {
                error.WriteLine($"{file.Name}: the file holds no message.");
                return false;
            }

            return true;
        }
        catch (Hl7ParseException exception)
        {
            error.WriteLine(Describe(file, exception));
            return false;
        }
    }

    public static string Describe(FileInfo file, Hl7ParseException exception)
    {
        var where = exception.Location is { } location ? $" ({location})" : string.Empty;
        return $"{file.Name}: byte {exception.Position}{where}: {exception.Message}";
    }
}

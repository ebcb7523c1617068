using System.CommandLine;
using Adapter.Hl7v2.Building;

namespace Adapter.Host.Cli.Hl7;

/// <summary>
/// <c>adapter hl7 roundtrip FILE</c>: exits 0 when encoding the parsed message gives back the bytes
/// it was read from. We write CR after every segment, so a file with LF or CR LF endings, a byte
/// order mark or no final terminator is compared with those normalised, and the output says so.
/// </summary>
internal static class RoundtripCommand
{
    /// <summary>Exit code when the encoded bytes differ.</summary>
    public const int Differs = 1;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "An HL7 v2 message or batch (ER7)." };
        var command = new Command("roundtrip", "Check that parsing then encoding a message gives back the same bytes.") { file };
        command.SetAction(result => Run(result.GetRequiredValue(file), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, TextWriter output, TextWriter error)
    {
        if (!MessageFile.TryReadBytes(file, error, out var bytes) || !MessageFile.TryParse(file, bytes, error, out var messages))
        {
            return MessageFile.Unreadable;
        }

        var exitCode = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var original = message.Data.Span;
            var encoded = Hl7MessageBuilder.From(message).ToBytes(message.Encoding);
            var label = messages.Count == 1 ? file.Name : $"{file.Name} message {i + 1}";
            if (original.SequenceEqual(encoded))
            {
                output.WriteLine($"{label}: identical ({encoded.Length} bytes).");
            }
            else if (LineEndings.Normalise(original).AsSpan().SequenceEqual(encoded))
            {
                output.WriteLine($"{label}: identical after normalising segment terminators to CR ({encoded.Length} bytes).");
            }
            else
            {
                var at = LineEndings.Normalise(original).AsSpan().CommonPrefixLength(encoded);
                error.WriteLine($"{label}: differs from byte {at} of the normalised input.");
                exitCode = Differs;
            }
        }

        return exitCode;
    }
}

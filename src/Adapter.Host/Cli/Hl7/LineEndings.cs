namespace Adapter.Host.Cli.Hl7;

/// <summary>The form our encoder writes: no byte order mark or blank lines, CR after every segment.</summary>
internal static class LineEndings
{
    public static byte[] Normalise(ReadOnlySpan<byte> message)
    {
        var output = new List<byte>(message.Length + 1);
        foreach (var line in message.SplitAny((byte)'\r', (byte)'\n'))
        {
            var bytes = message[line];
            if (output.Count == 0 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            if (bytes.Length > 0)
            {
                output.AddRange(bytes);
                output.Add((byte)'\r');
            }
        }

        return [.. output];
    }
}

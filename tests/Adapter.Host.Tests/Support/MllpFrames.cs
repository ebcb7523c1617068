namespace Adapter.Host.Tests.Support;

/// <summary>MLLP framing written out by hand, independent of the code under test: VT payload FS CR.</summary>
internal static class MllpFrames
{
    public const byte StartBlock = 0x0B;
    public const byte EndBlock = 0x1C;
    public const byte CarriageReturn = 0x0D;

    public static byte[] Frame(ReadOnlySpan<byte> payload) => [StartBlock, .. payload, EndBlock, CarriageReturn];

    /// <summary>Several frames back to back, as one write would carry them.</summary>
    public static byte[] Frames(IEnumerable<byte[]> payloads) => payloads.SelectMany(payload => Frame(payload)).ToArray();

    /// <summary>Takes the first complete frame's payload out of <paramref name="buffer"/>, dropping anything before its start block.</summary>
    public static bool TryTake(List<byte> buffer, out byte[] payload)
    {
        payload = [];
        var start = buffer.IndexOf(StartBlock);
        if (start < 0)
        {
            return false;
        }

        for (var i = start + 1; i + 1 < buffer.Count; i++)
        {
            if (buffer[i] == EndBlock && buffer[i + 1] == CarriageReturn)
            {
                payload = buffer.GetRange(start + 1, i - start - 1).ToArray();
                buffer.RemoveRange(0, i + 2);
                return true;
            }
        }

        return false;
    }
}

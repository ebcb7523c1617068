using System.Buffers;

namespace Adapter.Hl7v2.Mllp;

/// <summary>Writes MLLP frames: start block, payload, end block.</summary>
public static class MllpFrameWriter
{
    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> payload) =>
        output.Advance(Write(output.GetSpan(payload.Length + 3), payload));

    /// <summary>Writes the framed payload at the start of <paramref name="destination"/>; returns the frame's length.</summary>
    public static int Write(Span<byte> destination, ReadOnlySpan<byte> payload)
    {
        destination[0] = MllpBytes.StartBlock;
        payload.CopyTo(destination[1..]);
        destination[payload.Length + 1] = MllpBytes.EndBlock;
        destination[payload.Length + 2] = MllpBytes.CarriageReturn;
        return payload.Length + 3;
    }

    /// <summary>The framed bytes of one payload.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> payload)
    {
        var output = new ArrayBufferWriter<byte>(payload.Length + 3);
        Write(output, payload);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>MLLP release 2 commit acknowledgement: the frame was received.</summary>
    public static void WriteCommitAck(IBufferWriter<byte> output) => Write(output, [MllpBytes.Ack]);

    /// <summary>MLLP release 2 negative commit acknowledgement: the frame was not received intact.</summary>
    public static void WriteNegativeCommitAck(IBufferWriter<byte> output) => Write(output, [MllpBytes.Nak]);
}

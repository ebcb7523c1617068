using System.Buffers;

namespace Adapter.Hl7v2.Mllp;

/// <summary>Writes MLLP frames: start block, payload, end block.</summary>
public static class MllpFrameWriter
{
    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> payload)
    {
        var span = output.GetSpan(payload.Length + 3);
        span[0] = MllpBytes.StartBlock;
        payload.CopyTo(span[1..]);
        span[payload.Length + 1] = MllpBytes.EndBlock;
        span[payload.Length + 2] = MllpBytes.CarriageReturn;
        output.Advance(payload.Length + 3);
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

using System.Buffers;
using System.IO.Pipelines;
using Adapter.Hl7v2.Mllp;
using Adapter.Hl7v2.Tests.Support;

namespace Adapter.Hl7v2.Tests.Mllp;

/// <summary>
/// The frame reader over a real <see cref="Pipe"/>, read the way a connection handler reads it:
/// ReadAsync, TryRead until more data is needed, then AdvanceTo(consumed, examined).
/// </summary>
public sealed class MllpFrameReaderPipeTests
{
    private const int MaxFrameBytes = 64 * 1024;

    private static readonly byte[] Message1 =
        System.Text.Encoding.UTF8.GetBytes(Messages.Er7(Messages.Msh, "PID|1||12345^^^HOSP^MR||TESTPATIENT^ALPHA"));

    private static readonly byte[] Message2 =
        System.Text.Encoding.UTF8.GetBytes(Messages.Er7(Messages.Msh.Replace("CTRL1", "CTRL2", StringComparison.Ordinal), "PID|1||67890^^^HOSP^MR||TESTPATIENT^BRAVO"));

    [Fact]
    public async Task TryRead_FrameWrittenInHundredPieces_ReportsFrameOnlyAfterLastPiece()
    {
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(MaxFrameBytes));
        var frame = MllpFrameWriter.Frame(Message1);
        var pieces = Split(frame, pieces: 100, new Random(7));
        var countsAfterWrite = new List<int>();

        foreach (var piece in pieces)
        {
            await pipe.Writer.WriteAsync(piece);
            await receiver.ReadOnceAsync();
            countsAfterWrite.Add(receiver.Results.Count);
        }

        Assert.Equal(100, pieces.Count);
        Assert.All(countsAfterWrite.Take(99), count => Assert.Equal(0, count));
        var result = Assert.Single(receiver.Results);
        Assert.Equal(MllpReadStatus.Frame, result.Status);
        Assert.Equal(Message1, result.Payload);
        Assert.Equal(0, receiver.Frames.DiscardedBytes);
        Assert.False(receiver.Frames.IsInsideFrame);
    }

    [Fact]
    public async Task TryRead_FramesWrittenInPiecesWhileReading_ReadsEveryPayloadInOrder()
    {
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(MaxFrameBytes));
        var payloads = Enumerable.Range(1, 40).Select(i => i % 2 == 0 ? Message1 : Message2).ToList();
        var stream = Concat([.. payloads.Select(payload => MllpFrameWriter.Frame(payload))]);

        var reading = receiver.ReadToEndAsync();
        foreach (var piece in Split(stream, pieces: stream.Length / 2, new Random(11)))
        {
            await pipe.Writer.WriteAsync(piece);
            await Task.Yield();
        }

        await pipe.Writer.CompleteAsync();
        await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(payloads.Count, receiver.Results.Count);
        Assert.All(receiver.Results, result => Assert.Equal(MllpReadStatus.Frame, result.Status));
        Assert.Equal(payloads, receiver.Results.Select(result => result.Payload));
        Assert.Equal(0, receiver.Frames.DiscardedBytes);
    }

    [Fact]
    public async Task TryRead_TwoFramesInOneWrite_ReadsBothInOrder()
    {
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(MaxFrameBytes));

        await pipe.Writer.WriteAsync(Concat(MllpFrameWriter.Frame(Message1), MllpFrameWriter.Frame(Message2)));
        await receiver.ReadOnceAsync();

        Assert.Equal(new[] { MllpReadStatus.Frame, MllpReadStatus.Frame }, receiver.Results.Select(result => result.Status));
        Assert.Equal(Message1, receiver.Results[0].Payload);
        Assert.Equal(Message2, receiver.Results[1].Payload);
        Assert.Equal(0, receiver.LastUnconsumedBytes);
    }

    [Fact]
    public async Task TryRead_GarbageBeforeAndBetweenFrames_SkipsAndCountsIt()
    {
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(MaxFrameBytes));
        var garbage = "noise\r\n"u8.ToArray();
        byte[] between = [0x0A, 0x00, 0xFF];

        await pipe.Writer.WriteAsync(garbage);
        await receiver.ReadOnceAsync();
        var discardedBeforeFrame = receiver.Frames.DiscardedBytes;
        await pipe.Writer.WriteAsync(Concat(MllpFrameWriter.Frame(Message1), between, MllpFrameWriter.Frame(Message2)));
        await receiver.ReadOnceAsync();

        Assert.Equal(garbage.Length, discardedBeforeFrame);
        Assert.Equal(garbage.Length + between.Length, receiver.Frames.DiscardedBytes);
        Assert.Equal(new[] { Message1, Message2 }, receiver.Results.Select(result => result.Payload));
    }

    [Fact]
    public async Task TryRead_CommitAckAndNakBlocks_ReportsThemBetweenFrames()
    {
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(MaxFrameBytes));
        byte[] stream =
        [
            0x0B, 0x06, 0x1C, 0x0D,
            .. MllpFrameWriter.Frame(Message1),
            0x0B, 0x15, 0x1C, 0x0D,
            0x0B, 0x06, 0x1C, 0x0D,
        ];

        foreach (var piece in Split(stream, pieces: (stream.Length + 2) / 3, new Random(3)))
        {
            await pipe.Writer.WriteAsync(piece);
            await receiver.ReadOnceAsync();
        }

        Assert.Equal(
            new[] { MllpReadStatus.CommitAck, MllpReadStatus.Frame, MllpReadStatus.NegativeCommitAck, MllpReadStatus.CommitAck },
            receiver.Results.Select(result => result.Status));
        Assert.Equal(Message1, receiver.Results[1].Payload);
        Assert.Equal(0, receiver.Frames.DiscardedBytes);
    }

    [Fact]
    public async Task TryRead_StartBlockInsideOpenFrame_AbandonsPartialFrame()
    {
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(MaxFrameBytes));

        await pipe.Writer.WriteAsync(Concat([MllpBytes.StartBlock], Message2[..20]));
        await receiver.ReadOnceAsync();
        await pipe.Writer.WriteAsync(MllpFrameWriter.Frame(Message1));
        await receiver.ReadOnceAsync();

        var result = Assert.Single(receiver.Results);
        Assert.Equal(Message1, result.Payload);
        Assert.Equal(1, receiver.Frames.AbandonedFrames);
    }

    [Theory]
    [InlineData(1024, 1024 * 1024 - 2)] // the FS ends a chunk and its CR starts the next
    [InlineData(1024, 1024 * 1024 - 1)] // FS and CR start a chunk
    [InlineData(1024, 1024 * 1024)] // the CR ends a chunk
    [InlineData(16 * 1024, 1024 * 1024 - 2)] // the frame grows over several reads before it is too large
    public async Task TryRead_OversizedFrameInChunks_ReportsOnceBoundsBufferAndReadsNextFrame(int maxFrameBytes, int payloadLength)
    {
        const int ChunkBytes = 4096;
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(maxFrameBytes));
        var huge = new byte[payloadLength];
        huge.AsSpan().Fill((byte)'A');
        byte[] stream = [.. MllpFrameWriter.Frame(huge), .. MllpFrameWriter.Frame(Message1)];

        for (var offset = 0; offset < stream.Length; offset += ChunkBytes)
        {
            await pipe.Writer.WriteAsync(stream.AsMemory(offset, Math.Min(ChunkBytes, stream.Length - offset)));
            await receiver.ReadOnceAsync();
        }

        Assert.Equal(new[] { MllpReadStatus.Oversized, MllpReadStatus.Frame }, receiver.Results.Select(result => result.Status));
        Assert.Equal(Message1, receiver.Results[1].Payload);
        Assert.InRange(receiver.LargestBuffer, ChunkBytes, maxFrameBytes + ChunkBytes + 3);
        Assert.Equal(0, receiver.Frames.DiscardedBytes);
        Assert.False(receiver.Frames.IsInsideFrame);
    }

    [Fact]
    public async Task TryRead_OversizedFrameEndingInFileSeparator_ReportsOversizedAtOnce()
    {
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(1024));
        var huge = new byte[2000];
        huge.AsSpan().Fill((byte)'A');

        await pipe.Writer.WriteAsync(Concat([MllpBytes.StartBlock], huge, [MllpBytes.EndBlock]));
        await receiver.ReadOnceAsync();

        var result = Assert.Single(receiver.Results);
        Assert.Equal(MllpReadStatus.Oversized, result.Status);
        Assert.InRange(receiver.LastUnconsumedBytes, 0, 1);
    }

    [Fact]
    public async Task TryRead_FrameWithoutEndBlockThenWriterCompletes_YieldsNoFrame()
    {
        var pipe = new Pipe();
        var receiver = new Receiver(pipe.Reader, new MllpFrameReader(MaxFrameBytes));

        var reading = receiver.ReadToEndAsync();
        await pipe.Writer.WriteAsync(Concat([MllpBytes.StartBlock], Message1));
        await pipe.Writer.CompleteAsync();
        await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(receiver.Results);
        Assert.True(receiver.Frames.IsInsideFrame);
        Assert.Equal(Message1.Length, receiver.LastUnconsumedBytes);
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();

    /// <summary>Cuts <paramref name="bytes"/> into <paramref name="pieces"/> pieces of 1 to 3 bytes.</summary>
    private static List<byte[]> Split(byte[] bytes, int pieces, Random random)
    {
        Assert.InRange(bytes.Length, pieces, pieces * 3);
        var sizes = Enumerable.Repeat(1, pieces).ToArray();
        for (var extra = bytes.Length - pieces; extra > 0;)
        {
            var i = random.Next(pieces);
            if (sizes[i] < 3)
            {
                sizes[i]++;
                extra--;
            }
        }

        var result = new List<byte[]>(pieces);
        var offset = 0;
        foreach (var size in sizes)
        {
            result.Add(bytes[offset..(offset + size)]);
            offset += size;
        }

        return result;
    }

    /// <summary>Reads a pipe as a connection handler does and records what the frame reader found.</summary>
    private sealed class Receiver(PipeReader reader, MllpFrameReader frames)
    {
        public MllpFrameReader Frames { get; } = frames;

        public List<(MllpReadStatus Status, byte[] Payload)> Results { get; } = [];

        /// <summary>The longest buffer a read returned: what the pipe held unconsumed.</summary>
        public long LargestBuffer { get; private set; }

        /// <summary>What the last read left unconsumed.</summary>
        public long LastUnconsumedBytes { get; private set; }

        /// <summary>One read; false once the writer has completed.</summary>
        public async Task<bool> ReadOnceAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var result = await reader.ReadAsync(timeout.Token);
            var buffer = result.Buffer;
            LargestBuffer = Math.Max(LargestBuffer, buffer.Length);
            MllpReadStatus status;
            while ((status = Frames.TryRead(ref buffer, out var payload)) != MllpReadStatus.NeedMoreData)
            {
                Results.Add((status, payload.ToArray()));
            }

            LastUnconsumedBytes = buffer.Length;
            reader.AdvanceTo(buffer.Start, buffer.End);
            return !result.IsCompleted;
        }

        public async Task ReadToEndAsync()
        {
            while (await ReadOnceAsync())
            {
            }
        }
    }
}

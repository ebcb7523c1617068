using System.Buffers;

namespace Adapter.Hl7v2.Mllp;

/// <summary>
/// Finds MLLP frames in a byte stream, incrementally: several frames in one read, or one frame over
/// many reads. Bytes before a start block are skipped and counted; a start block inside an open
/// frame abandons the partial frame (the sender restarted); a frame over the maximum size is
/// reported as soon as it is too large and then discarded as it arrives, never buffered whole.
/// One reader per connection: it remembers where it stopped.
/// </summary>
public sealed class MllpFrameReader(int maxFrameBytes)
{
    /// <summary>How much of an oversized frame's beginning is handed back, enough to read its MSH.</summary>
    public const int OversizedPrefixBytes = 1024;

    private State _state = State.Seeking;
    private long _scanned;

    private enum State
    {
        Seeking,
        InFrame,
        Discarding,
    }

    /// <summary>Bytes skipped outside frames, in total.</summary>
    public long DiscardedBytes { get; private set; }

    /// <summary>Frames abandoned because a new start block came before their end block.</summary>
    public int AbandonedFrames { get; private set; }

    /// <summary>True while a frame is open: its start block came, its end block has not.</summary>
    public bool IsInsideFrame => _state != State.Seeking;

    /// <summary>
    /// Looks for the next frame in <paramref name="buffer"/>, slicing off what it consumed. The
    /// payload, when a frame is found, is a slice of the original buffer: use it before advancing
    /// the pipe past it. For an oversized frame the payload is its first bytes (at most
    /// <see cref="OversizedPrefixBytes"/>), so that the sender's header can still be answered.
    /// </summary>
    public MllpReadStatus TryRead(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> payload)
    {
        payload = default;
        while (true)
        {
            switch (_state)
            {
                case State.Seeking when !SkipToStartBlock(ref buffer):
                    return MllpReadStatus.NeedMoreData;
                case State.Seeking:
                    _state = State.InFrame;
                    _scanned = 0;
                    break;
                case State.InFrame:
                    var status = ReadFrame(ref buffer, out payload);
                    if (status is { } result)
                    {
                        return result;
                    }

                    break;
                case State.Discarding when !SkipPastEndBlock(ref buffer):
                    return MllpReadStatus.NeedMoreData;
                case State.Discarding:
                    _state = State.Seeking;
                    break;
            }
        }
    }

    private bool SkipToStartBlock(ref ReadOnlySequence<byte> buffer)
    {
        var start = buffer.PositionOf(MllpBytes.StartBlock);
        if (start is null)
        {
            DiscardedBytes += buffer.Length;
            buffer = buffer.Slice(buffer.End);
            return false;
        }

        var skipped = buffer.Slice(0, start.Value).Length;
        DiscardedBytes += skipped;
        buffer = buffer.Slice(skipped + 1);
        return true;
    }

    /// <summary>Returns a status to hand back, or null to keep going (a partial frame was abandoned).</summary>
    private MllpReadStatus? ReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> payload)
    {
        payload = default;
        var reader = new SequenceReader<byte>(buffer);
        reader.Advance(_scanned);
        if (!reader.TryAdvanceToAny([MllpBytes.EndBlock, MllpBytes.StartBlock], advancePastDelimiter: false))
        {
            _scanned = buffer.Length;
            if (buffer.Length <= maxFrameBytes)
            {
                return MllpReadStatus.NeedMoreData;
            }

            payload = Prefix(buffer);
            return StartDiscarding(ref buffer);
        }

        var at = reader.Consumed;
        reader.TryRead(out var marker);
        if (marker == MllpBytes.StartBlock)
        {
            AbandonedFrames++;
            buffer = buffer.Slice(at + 1);
            _scanned = 0;
            return null;
        }

        if (!reader.TryPeek(out var next))
        {
            if (at > maxFrameBytes)
            {
                // Too large already: report it now and keep only the FS, whose CR is still to come.
                payload = Prefix(buffer);
                buffer = buffer.Slice(at);
                _state = State.Discarding;
                return MllpReadStatus.Oversized;
            }

            _scanned = at;
            return MllpReadStatus.NeedMoreData;
        }

        // The end block is FS CR; a lone FS is accepted as the end too, as lenient receivers do.
        var frameEnd = next == MllpBytes.CarriageReturn ? at + 2 : at + 1;
        var content = buffer.Slice(0, at);
        buffer = buffer.Slice(frameEnd);
        _state = State.Seeking;
        if (at > maxFrameBytes)
        {
            payload = Prefix(content);
            return MllpReadStatus.Oversized;
        }

        payload = content;
        return Classify(content);
    }

    private static ReadOnlySequence<byte> Prefix(ReadOnlySequence<byte> frame) =>
        frame.Slice(0, Math.Min(frame.Length, OversizedPrefixBytes));

    private MllpReadStatus StartDiscarding(ref ReadOnlySequence<byte> buffer)
    {
        // Keep a trailing FS: its CR may be in the next read.
        var keep = buffer.Length > 0 && buffer.Slice(buffer.Length - 1).FirstSpan[0] == MllpBytes.EndBlock ? 1 : 0;
        buffer = buffer.Slice(buffer.Length - keep);
        _state = State.Discarding;
        return MllpReadStatus.Oversized;
    }

    private bool SkipPastEndBlock(ref ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (reader.TryAdvanceTo(MllpBytes.EndBlock, advancePastDelimiter: true))
        {
            if (!reader.TryPeek(out var next))
            {
                buffer = buffer.Slice(reader.Consumed - 1);
                return false;
            }

            if (next == MllpBytes.CarriageReturn)
            {
                buffer = buffer.Slice(reader.Consumed + 1);
                return true;
            }
        }

        buffer = buffer.Slice(buffer.End);
        return false;
    }

    private static MllpReadStatus Classify(ReadOnlySequence<byte> content)
    {
        if (content.Length != 1)
        {
            return MllpReadStatus.Frame;
        }

        return content.FirstSpan[0] switch
        {
            MllpBytes.Ack => MllpReadStatus.CommitAck,
            MllpBytes.Nak => MllpReadStatus.NegativeCommitAck,
            _ => MllpReadStatus.Frame,
        };
    }
}

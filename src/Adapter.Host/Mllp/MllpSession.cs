using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using System.Threading.Channels;
using Adapter.Engine.Intake;
using Adapter.Hl7v2.Mllp;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace Adapter.Host.Mllp;

/// <summary>
/// One connection. A reader takes frames off the socket and starts each one's intake at once; a
/// writer writes the answers in the order the frames came, as each is journaled. So a sender with
/// many messages in flight is served at the journal's pace, and one with a single message waits
/// only for its own commit.
/// </summary>
internal sealed class MllpSession
{
    private readonly ConnectionContext _connection;
    private readonly MllpListener _listener;
    private readonly MllpMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<PendingAck> _pending;
    private readonly string? _remoteAddress;

    public MllpSession(ConnectionContext connection, MllpListener listener, MllpMetrics metrics, TimeProvider time, ILogger logger)
    {
        _connection = connection;
        _listener = listener;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _remoteAddress = (connection.RemoteEndPoint as IPEndPoint)?.Address.ToString();
        _pending = Channel.CreateBounded<PendingAck>(new BoundedChannelOptions(listener.Options.MaxPendingAcks) { SingleReader = true, SingleWriter = true });
    }

    public int MessagesRead { get; private set; }

    public string CloseReason { get; private set; } = "closed by the client";

    public async Task RunAsync()
    {
        var writing = WriteAcksAsync();
        try
        {
            await ReadFramesAsync().ConfigureAwait(false);
        }
        finally
        {
            _pending.Writer.TryComplete();
            await writing.ConfigureAwait(false);
        }
    }

    private async Task ReadFramesAsync()
    {
        var input = _connection.Transport.Input;
        var frames = new MllpFrameReader(_listener.Options.MaxFrameBytes);
        using var timeout = new CancellationTokenSource();
        // At shutdown Kestrel asks connections to close: stop waiting for more, finish what was read.
        var lifetime = _connection.Features.Get<IConnectionLifetimeNotificationFeature>();
        using var stopping = lifetime?.ConnectionClosedRequested.Register(static state => ((PipeReader)state!).CancelPendingRead(), input);
        long? frameStarted = null;
        while (true)
        {
            var limit = frames.IsInsideFrame ? _listener.Options.ReadTimeout - Stopwatch.GetElapsedTime(frameStarted!.Value) : _listener.Options.IdleTimeout;
            if (limit <= TimeSpan.Zero || !timeout.TryReset())
            {
                CloseReason = "a frame was not completed within the read timeout";
                return;
            }

            timeout.CancelAfter(limit);
            ReadResult result;
            try
            {
                result = await input.ReadAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                CloseReason = frames.IsInsideFrame ? "a frame was not completed within the read timeout" : "idle timeout";
                return;
            }
            catch (Exception exception) when (exception is IOException or ConnectionResetException or ConnectionAbortedException)
            {
                CloseReason = "connection lost";
                return;
            }

            var buffer = result.Buffer;
            var discarded = frames.DiscardedBytes;
            try
            {
                while (frames.TryRead(ref buffer, out var payload) is var status && status != MllpReadStatus.NeedMoreData)
                {
                    frameStarted = null;
                    if (Start(status, payload) is { } pending && !_pending.Writer.TryWrite(pending))
                    {
                        await _pending.Writer.WriteAsync(pending).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                input.AdvanceTo(buffer.Start, buffer.End);
            }

            ReportDiscarded(frames.DiscardedBytes - discarded);
            frameStarted = frames.IsInsideFrame ? frameStarted ?? Stopwatch.GetTimestamp() : null;
            if (result.IsCanceled)
            {
                CloseReason = "the adapter is shutting down";
                return;
            }

            if (result.IsCompleted)
            {
                CloseReason = frames.IsInsideFrame ? "closed by the client inside a frame, which was discarded unacknowledged" : "closed by the client";
                return;
            }
        }
    }

    private PendingAck? Start(MllpReadStatus status, ReadOnlySequence<byte> payload)
    {
        if (status is not (MllpReadStatus.Frame or MllpReadStatus.Oversized))
        {
            // A lone commit ACK/NAK byte from the sender means nothing to a receiver.
            return null;
        }

        var readAt = Stopwatch.GetTimestamp();
        var frame = new ReceivedFrame(payload.ToArray(), _remoteAddress, _time.GetUtcNow());
        // The frame is fully read: it is journaled and answered even if the client leaves or the
        // adapter stops meanwhile, so nothing here is cancelled.
        MessagesRead++;
        _metrics.Received(_listener.Name);
        if (status == MllpReadStatus.Frame)
        {
            return new PendingAck(_listener.Intake.ReceiveAsync(frame, CancellationToken.None), readAt);
        }

        _metrics.Oversized(_listener.Name);
        MllpConnectionHandler.LogOversized(_logger, _listener.Name, _connection.ConnectionId, _listener.Options.MaxFrameBytes);
        return new PendingAck(_listener.Intake.RejectOversizedAsync(frame, _listener.Options.MaxFrameBytes, CancellationToken.None), readAt);
    }

    private async Task WriteAcksAsync()
    {
        var output = _connection.Transport.Output;
        var reader = _pending.Reader;
        var broken = false;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var pending))
            {
                IntakeResult result;
                try
                {
                    result = await pending.Result.ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // Unanswered, the sender will resend; answering later ones first would misalign its ACKs.
                    MllpConnectionHandler.LogIntakeFailed(_logger, _listener.Name, _connection.ConnectionId, exception.GetType().Name);
                    broken = true;
                    _connection.Abort();
                    continue;
                }

                if (broken || result.Ack is not { } ack)
                {
                    continue;
                }

                MllpFrameWriter.Write(output, ack.Span);
                _metrics.Acknowledged(_listener.Name, result.AckCode, Stopwatch.GetElapsedTime(pending.ReadTimestamp));
                if (!reader.TryPeek(out var next) || !next.Result.IsCompleted)
                {
                    broken = !await TryFlushAsync(output).ConfigureAwait(false);
                }
            }
        }
    }

    private static async ValueTask<bool> TryFlushAsync(PipeWriter output)
    {
        try
        {
            var flushed = await output.FlushAsync().ConfigureAwait(false);
            return !flushed.IsCompleted && !flushed.IsCanceled;
        }
        catch (Exception exception) when (exception is IOException or ConnectionResetException or ConnectionAbortedException or InvalidOperationException)
        {
            return false;
        }
    }

    private void ReportDiscarded(long bytes)
    {
        if (bytes > 0)
        {
            _metrics.Discarded(_listener.Name, bytes);
            MllpConnectionHandler.LogDiscarded(_logger, _listener.Name, _connection.ConnectionId, bytes);
        }
    }
}

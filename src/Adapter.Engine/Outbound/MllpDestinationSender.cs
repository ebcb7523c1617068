using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Outbound;

/// <summary>
/// Sends messages to one destination over one persistent MLLP connection and says what each
/// one's acknowledgement means. The caller is the destination's FIFO queue, which hands over one
/// message at a time and acts on the outcome; calls are serialized all the same, so exactly one
/// message is ever in flight on the connection.
/// </summary>
/// <remarks>
/// An answer counts only when its MSA-2 is the control id sent. After any outcome that leaves the
/// connection in doubt (no answer in time, an answer about another message, an unreadable answer,
/// a failure, a cancellation) the connection is closed and the next send opens a new one: an
/// answer still on its way can then never be read as the answer to the next message, the classic
/// resend-after-timeout bug. Before each send the connection is also checked for anything that
/// came unasked (a duplicate ACK) or for a hang-up while it sat idle, and replaced if so.
/// </remarks>
public sealed partial class MllpDestinationSender(MllpDestination destination, TimeProvider time, ILogger<MllpDestinationSender> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private MllpAckConnection? _connection;
    private int _disposed;

    public MllpDestination Destination => destination;

    /// <summary>True when the open connection has seen something since its last answer, so the next send replaces it.</summary>
    internal bool ConnectionNeedsReplacing => _connection is { IsIdle: false };

    /// <summary>
    /// Sends one message (unframed ER7 bytes whose MSH-10 is <paramref name="controlId"/>) and
    /// waits for its acknowledgement. Outcomes are returned, not thrown. Cancelling
    /// <paramref name="cancellationToken"/>, or disposing the sender, throws
    /// <see cref="OperationCanceledException"/> and closes the connection: whether the message
    /// arrived is then unknown, so the caller keeps it to send again.
    /// </summary>
    public async Task<OutboundAck> SendAsync(ReadOnlyMemory<byte> message, string controlId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(controlId);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        await _gate.WaitAsync(cancel.Token).ConfigureAwait(false);
        try
        {
            return await ExchangeAsync(message, controlId, cancel.Token).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Cancels the send in flight and waiting ones, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await ResetAsync().ConfigureAwait(false);
        }
        finally
        {
            // The gate stays usable: callers still waiting on it leave through their cancelled token.
            _gate.Release();
            _lifetime.Dispose();
        }
    }

    private async Task<OutboundAck> ExchangeAsync(ReadOnlyMemory<byte> message, string controlId, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            var connection = await ConnectionAsync(controlId, cancellationToken).ConfigureAwait(false);
            var ack = connection is null
                ? Failed(OutboundAckOutcome.ConnectFailed, started)
                : await SendAndReceiveAsync(connection, message, controlId, started, cancellationToken).ConfigureAwait(false);
            if (!KeepsConnection(ack))
            {
                await ResetAsync().ConfigureAwait(false);
            }

            return ack;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ResetAsync().ConfigureAwait(false);
            LogCancelled(logger, destination.Name, controlId);
            throw;
        }
    }

    /// <summary>The open connection, replaced when it is not clean; null when none could be opened.</summary>
    private async Task<MllpAckConnection?> ConnectionAsync(string controlId, CancellationToken cancellationToken)
    {
        if (_connection is { IsIdle: true } open)
        {
            return open;
        }

        if (_connection is not null)
        {
            LogReplacingConnection(logger, destination.Name, controlId);
            await ResetAsync().ConfigureAwait(false);
        }

        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(destination.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            _connection = await MllpAckConnection.OpenAsync(destination, linked.Token).ConfigureAwait(false);
            LogConnected(logger, destination.Name, destination.UseTls, Milliseconds(time.GetElapsedTime(started)));
            return _connection;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsConnectFailure(exception))
        {
            LogConnectFailed(logger, destination.Name, destination.Host, destination.Port, controlId, exception);
            return null;
        }
    }

    private async Task<OutboundAck> SendAndReceiveAsync(MllpAckConnection connection, ReadOnlyMemory<byte> message, string controlId, long started, CancellationToken cancellationToken)
    {
        // One clock for the send and the wait: a send stuck on an engine that stopped reading times out too.
        using var timeout = new CancellationTokenSource(destination.AckTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        InboundFrame answer;
        try
        {
            await connection.SendAsync(message, linked.Token).ConfigureAwait(false);
            answer = await connection.ReceiveAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var timedOut = Failed(OutboundAckOutcome.TimedOut, started);
            LogTimedOut(logger, destination.Name, controlId, Milliseconds(timedOut.Elapsed));
            return timedOut;
        }
        catch (IOException exception)
        {
            answer = InboundFrame.Closed(exception);
        }

        var ack = answer.Kind switch
        {
            InboundFrameKind.Answer => OutboundAckReader.Read(answer.Payload, controlId, time.GetElapsedTime(started)),
            InboundFrameKind.Oversized => Failed(OutboundAckOutcome.Unreadable, started),
            _ => Failed(OutboundAckOutcome.ConnectionLost, started),
        };
        LogOutcome(controlId, ack, answer.Error);
        return ack;
    }

    private async ValueTask ResetAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Only an answer that names the message sent leaves the connection in a known state. Any other
    /// outcome resets it. A mismatched answer in particular is not read past in the hope that the
    /// right one follows: the engine and the adapter disagree about what is in flight, and only a
    /// new connection puts them back in step.
    /// </summary>
    private static bool KeepsConnection(OutboundAck ack) =>
        ack.Outcome is OutboundAckOutcome.Accepted or OutboundAckOutcome.ApplicationError or OutboundAckOutcome.Rejected;

    private static bool IsConnectFailure(Exception exception) =>
        exception is SocketException or IOException or AuthenticationException or OperationCanceledException
            or CryptographicException or UnauthorizedAccessException;

    private OutboundAck Failed(OutboundAckOutcome outcome, long started) =>
        new(outcome, null, null, null, time.GetElapsedTime(started));

    private static long Milliseconds(TimeSpan elapsed) => (long)elapsed.TotalMilliseconds;
}

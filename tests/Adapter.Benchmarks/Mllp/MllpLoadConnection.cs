using System.Diagnostics;
using System.Net.Sockets;
using Adapter.Hl7v2.Mllp;

namespace Adapter.Benchmarks.Mllp;

/// <summary>
/// Sends over one connection until the schedule says stop (or <c>stopping</c> fires) and checks
/// every acknowledgement. With a window of 1 it is a closed loop: send, wait for the answer, send
/// the next. With a larger window a sender keeps up to that many messages unacknowledged while a
/// receiver matches answers to them in order. Messages already sent are always waited for.
/// </summary>
internal sealed partial class MllpLoadConnection(MllpClient client, UniqueControlIds ids, LoadSchedule schedule, TimeSpan ackTimeout) : IDisposable
{
    private readonly CancellationTokenSource _ackTimeout = new();

    public LoadTally Tally { get; } = new();

    public Task RunAsync(int window, CancellationToken stopping) =>
        window == 1 ? RunClosedLoopAsync(stopping) : RunWindowAsync(window, stopping);

    public void Dispose() => _ackTimeout.Dispose();

    private async Task RunClosedLoopAsync(CancellationToken stopping)
    {
        var message = ids.NewMessage();
        while (!stopping.IsCancellationRequested && Claim(message) is { } sent)
        {
            if (!await TrySendAsync(message) || !await TryCompleteAsync(sent))
            {
                return;
            }
        }
    }

    /// <summary>Takes the next message from the schedule and writes its control id into <paramref name="message"/>.</summary>
    private InFlight? Claim(byte[] message)
    {
        var now = Stopwatch.GetTimestamp();
        if (!schedule.TryClaim(now, out var measured))
        {
            return null;
        }

        var sent = new InFlight(ids.Next(), now, measured);
        ids.Write(message, sent.Number);
        return sent;
    }

    private async ValueTask<bool> TrySendAsync(byte[] message)
    {
        try
        {
            await client.SendAsync(message, CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            Tally.Error($"send failed ({exception.GetType().Name})");
            return false;
        }
    }

    /// <summary>Waits for the answer to <paramref name="sent"/>; false when the connection is no longer usable.</summary>
    private async ValueTask<bool> TryCompleteAsync(InFlight sent)
    {
        byte[]? ack;
        try
        {
            _ackTimeout.TryReset();
            _ackTimeout.CancelAfter(ackTimeout);
            ack = await client.ReceiveAsync(_ackTimeout.Token);
        }
        catch (OperationCanceledException)
        {
            Tally.Error("no acknowledgement within the timeout");
            return false;
        }
        catch (Exception exception) when (exception is IOException or SocketException or InvalidDataException)
        {
            Tally.Error($"receive failed ({exception.GetType().Name})");
            return false;
        }

        var receivedAt = Stopwatch.GetTimestamp();
        if (ack is null)
        {
            Tally.Error("connection closed before the acknowledgement");
            return false;
        }

        if (AckCheck.Problem(ack, ids, sent.Number) is { } problem)
        {
            Tally.Error(problem);
        }
        else
        {
            Tally.Acknowledged(sent, receivedAt);
        }

        return true;
    }
}

using System.Net.Sockets;
using Adapter.Hl7v2.Mllp;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// One sending system: a connection that keeps up to <c>window</c> messages in flight and records
/// every answer in the ledger, until the connection fails or closes (the adapter was stopped or
/// killed), <c>limit</c> messages were sent, the queue ran out, or the token is cancelled.
/// </summary>
internal sealed class MllpSender(int port, MessageQueue messages, TrafficLedger ledger, int window, int limit = int.MaxValue)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        MllpClient client;
        try
        {
            client = await MllpClient.ConnectAsync("127.0.0.1", port, null, cancellationToken);
        }
        catch (Exception exception) when (IsConnectionLoss(exception))
        {
            return;
        }

        await using (client)
        {
            try
            {
                await ExchangeAsync(client, cancellationToken);
            }
            catch (Exception exception) when (IsConnectionLoss(exception))
            {
            }
        }
    }

    private async Task ExchangeAsync(MllpClient client, CancellationToken cancellationToken)
    {
        var inFlight = new Queue<TestMessage>();
        var sent = 0;
        var sending = true;
        while (true)
        {
            while (sending && sent < limit && inFlight.Count < window && messages.TryNext(out var message))
            {
                ledger.Sending(message);
                inFlight.Enqueue(message);
                sent++;
                sending = await TrySendAsync(client, message, cancellationToken);
            }

            // A failed send does not end the exchange: answers to earlier messages may still be waiting to be read.
            if (inFlight.Count == 0 || await client.ReceiveAsync(cancellationToken) is not { } ack)
            {
                return;
            }

            ledger.Answered(inFlight.Dequeue(), ack);
        }
    }

    private static async Task<bool> TrySendAsync(MllpClient client, TestMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendAsync(message.Bytes, cancellationToken);
            return true;
        }
        catch (Exception exception) when (IsConnectionLoss(exception))
        {
            return false;
        }
    }

    private static bool IsConnectionLoss(Exception exception) =>
        exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException;
}

using System.Threading.Channels;

namespace Adapter.Benchmarks.Mllp;

/// <summary>The windowed mode: a sender and a receiver per connection, at most a window of messages apart.</summary>
internal sealed partial class MllpLoadConnection
{
    private async Task RunWindowAsync(int window, CancellationToken stopping)
    {
        using var slots = new SemaphoreSlim(window, window);
        using var broken = new CancellationTokenSource();
        var inFlight = Channel.CreateUnbounded<InFlight>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var receiving = ReceiveAllAsync(inFlight.Reader, slots, broken);
        await SendAllAsync(inFlight.Writer, slots, broken.Token, stopping);
        await receiving;
    }

    private async Task SendAllAsync(ChannelWriter<InFlight> inFlight, SemaphoreSlim slots, CancellationToken broken, CancellationToken stopping)
    {
        var message = ids.NewMessage();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                await slots.WaitAsync(broken);
                // A slot released as the connection broke is not used.
                if (broken.IsCancellationRequested || Claim(message) is not { } sent)
                {
                    return;
                }

                // Queued before it is sent, so the receiver knows it before its answer can arrive.
                inFlight.TryWrite(sent);
                if (!await TrySendAsync(message))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (broken.IsCancellationRequested)
        {
            // The receiver found the connection broken.
        }
        finally
        {
            inFlight.TryComplete();
        }
    }

    private async Task ReceiveAllAsync(ChannelReader<InFlight> inFlight, SemaphoreSlim slots, CancellationTokenSource broken)
    {
        var alive = true;
        await foreach (var sent in inFlight.ReadAllAsync())
        {
            if (alive)
            {
                alive = await TryCompleteAsync(sent);
            }
            else
            {
                Tally.Error("no acknowledgement (the connection broke earlier)");
            }

            if (!alive)
            {
                await broken.CancelAsync();
            }

            slots.Release();
        }
    }
}

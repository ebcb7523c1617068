using System.Diagnostics;
using Xunit.Sdk;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>Several <see cref="MllpSender"/>s on their own connections to one adapter, started together.</summary>
internal sealed class SenderGroup
{
    private readonly AdapterProcess _adapter;
    private readonly TrafficLedger _ledger;
    private readonly Task[] _senders;

    private SenderGroup(AdapterProcess adapter, TrafficLedger ledger, Task[] senders)
    {
        _adapter = adapter;
        _ledger = ledger;
        _senders = senders;
    }

    public static SenderGroup Start(AdapterProcess adapter, MessageQueue messages, TrafficLedger ledger, SenderSettings settings, CancellationToken cancellationToken)
    {
        var senders = Enumerable.Range(0, settings.Connections)
            .Select(_ => Task.Run(() => new MllpSender(adapter.MllpPort, messages, ledger, settings.Window, settings.Limit).RunAsync(cancellationToken), cancellationToken))
            .ToArray();
        return new SenderGroup(adapter, ledger, senders);
    }

    /// <summary>Waits until the ledger holds at least <paramref name="count"/> acknowledged control ids.</summary>
    public async Task WaitForAcknowledgedAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (_ledger.AcknowledgedCount < count)
        {
            if (_senders.All(sender => sender.IsCompleted))
            {
                await Task.WhenAll(_senders);
                throw new XunitException($"Every connection ended with {_ledger.AcknowledgedCount} of {count} messages acknowledged.\n{_adapter.Log}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new XunitException($"Only {_ledger.AcknowledgedCount} of {count} messages were acknowledged within {timeout.TotalSeconds} s.\n{_adapter.Log}");
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>Waits for every connection to end: all sent and answered, or closed by the adapter.</summary>
    public async Task WhenEndedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_senders).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new XunitException($"The connections did not end within {timeout.TotalSeconds} s.\n{_adapter.Log}");
        }
    }
}

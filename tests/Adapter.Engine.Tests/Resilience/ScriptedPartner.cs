using Adapter.Engine.Delivery;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>
/// A connector delegate that answers from a script, one entry per call (the last repeats), and
/// notes on the pipeline's clock when each call came. A null entry never answers: the call waits
/// until it is cancelled, as a partner that hangs.
/// </summary>
internal sealed class ScriptedPartner(TimeProvider time, params DeliveryResult?[] script)
{
    private readonly Lock _lock = new();
    private readonly List<DateTimeOffset> _calledAt = [];

    public int Calls
    {
        get
        {
            lock (_lock)
            {
                return _calledAt.Count;
            }
        }
    }

    public IReadOnlyList<DateTimeOffset> CalledAt
    {
        get
        {
            lock (_lock)
            {
                return [.. _calledAt];
            }
        }
    }

    public async ValueTask<DeliveryResult> SendAsync(CancellationToken cancellationToken)
    {
        DeliveryResult? answer;
        lock (_lock)
        {
            answer = script[Math.Min(_calledAt.Count, script.Length - 1)];
            _calledAt.Add(time.GetUtcNow());
        }

        if (answer is null)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
        }

        return answer ?? throw new InvalidOperationException("A hanging call ended without being cancelled.");
    }
}

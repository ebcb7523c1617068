namespace Adapter.Engine.Delivery;

/// <summary>
/// Wakes a polling loop early when there is new work (a message journaled, operations added), so
/// work starts at once without polling hard. Signals coalesce: many before a wait wake it once,
/// and a signal given while nobody waits is kept for the next wait.
/// </summary>
public sealed class WorkSignal(TimeProvider time)
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _pending;

    public WorkSignal()
        : this(TimeProvider.System)
    {
    }

    public void Notify()
    {
        lock (_lock)
        {
            _pending = true;
            _next.TrySetResult();
        }
    }

    /// <summary>Completes at a signal (or at once for one kept) or when the timeout passes; abandoning the task consumes nothing.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task signalled;
        lock (_lock)
        {
            if (_pending)
            {
                _pending = false;
                _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
                return;
            }

            signalled = _next.Task;
        }

        try
        {
            await signalled.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Nothing signalled: the caller looks anyway, as a poll.
        }
    }
}

using Microsoft.Extensions.Time.Testing;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>
/// Runs a pipeline execution to its end on a fake clock: advances the clock a step at a time while
/// the execution waits (backoff, Retry-After, a call's timeout). The result does not depend on how
/// fast the machine is; the real-time bound only keeps a broken pipeline from hanging the run.
/// </summary>
internal static class FakeClockDriver
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, ValueTask<T> execution, TimeSpan step)
    {
        var task = execution.AsTask();
        using var bound = new CancellationTokenSource(Bound);
        while (!task.IsCompleted)
        {
            if (bound.IsCancellationRequested)
            {
                throw new TimeoutException($"The execution did not end within {Bound} of real time.");
            }

            time.Advance(step);
            await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(1), CancellationToken.None));
        }

        return await task;
    }
}

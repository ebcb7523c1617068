using Adapter.Engine.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>
/// <see cref="WorkSignal"/> on a fake clock: a timeout of a minute only passes when the test
/// advances it, and <see cref="Bound"/> only keeps a broken signal from hanging the run.
/// </summary>
public sealed class WorkSignalTests
{
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Fact]
    public void WaitAsync_NotifiedBefore_CompletesAtOnce()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        signal.Notify();

        // Act
        var wait = signal.WaitAsync(WaitTimeout, CancellationToken.None);

        // Assert
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_NotNotified_CompletesOnlyWhenTheTimeoutPasses()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        var wait = signal.WaitAsync(WaitTimeout, CancellationToken.None);
        _time.Advance(WaitTimeout - TimeSpan.FromMilliseconds(1));
        Assert.False(wait.IsCompleted);

        // Act
        _time.Advance(TimeSpan.FromMilliseconds(1));

        // Assert
        await wait.WaitAsync(Bound);
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_NotifiedWhileWaiting_Completes()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        var wait = signal.WaitAsync(WaitTimeout, CancellationToken.None);
        Assert.False(wait.IsCompleted);

        // Act
        signal.Notify();

        // Assert
        await wait.WaitAsync(Bound);
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_ManyNotifiesBefore_WakeOneWaitAndTheNextWaits()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        signal.Notify();
        signal.Notify();
        signal.Notify();

        // Act
        var first = signal.WaitAsync(WaitTimeout, CancellationToken.None);
        var second = signal.WaitAsync(WaitTimeout, CancellationToken.None);

        // Assert
        Assert.True(first.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        _time.Advance(WaitTimeout);
        await second.WaitAsync(Bound);
    }

    [Fact]
    public async Task WaitAsync_NotifiedWhileWaiting_WakesAtMostOneMoreWait()
    {
        // Arrange: the signal is kept because the woken wait might have been abandoned.
        var signal = new WorkSignal(_time);
        var first = signal.WaitAsync(WaitTimeout, CancellationToken.None);
        signal.Notify();
        await first.WaitAsync(Bound);

        // Act
        var second = signal.WaitAsync(WaitTimeout, CancellationToken.None);
        var third = signal.WaitAsync(WaitTimeout, CancellationToken.None);

        // Assert
        Assert.True(second.IsCompleted);
        Assert.False(third.IsCompleted);
        _time.Advance(WaitTimeout);
        await third.WaitAsync(Bound);
    }

    [Fact]
    public void WaitAsync_EarlierWaitAbandoned_LaterNotifyStillWakesTheNextWait()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        _ = signal.WaitAsync(WaitTimeout, CancellationToken.None);
        signal.Notify();

        // Act
        var next = signal.WaitAsync(WaitTimeout, CancellationToken.None);

        // Assert
        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_EarlierWaitTimedOut_LaterNotifyStillWakesTheNextWait()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        var timedOut = signal.WaitAsync(WaitTimeout, CancellationToken.None);
        _time.Advance(WaitTimeout);
        await timedOut.WaitAsync(Bound);
        signal.Notify();

        // Act
        var next = signal.WaitAsync(WaitTimeout, CancellationToken.None);

        // Assert
        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        using var cancellation = new CancellationTokenSource();
        var wait = signal.WaitAsync(WaitTimeout, cancellation.Token);

        // Act
        await cancellation.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(Bound));
    }

    [Fact]
    public async Task WaitAsync_AlreadyCancelled_ThrowsOperationCanceled()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        // Act
        var wait = signal.WaitAsync(WaitTimeout, cancellation.Token);

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(Bound));
    }

    [Fact]
    public async Task WaitAsync_CancelledWait_DoesNotSwallowALaterNotify()
    {
        // Arrange
        var signal = new WorkSignal(_time);
        using var cancellation = new CancellationTokenSource();
        var cancelled = signal.WaitAsync(WaitTimeout, cancellation.Token);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Bound));
        signal.Notify();

        // Act
        var next = signal.WaitAsync(WaitTimeout, CancellationToken.None);

        // Assert
        Assert.True(next.IsCompletedSuccessfully);
    }
}

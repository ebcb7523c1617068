using Adapter.Engine.Delivery;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>The outbox's backoff: doubling from the base delay, capped, ±20% jitter, never before Retry-After.</summary>
public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 19, 16, 0, TimeSpan.Zero);
    private static readonly TimeSpan Rounding = TimeSpan.FromMilliseconds(1);

    private static readonly PartnerDeliveryOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(30),
        RetryMaxDelay = TimeSpan.FromMinutes(30),
    };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(6, 960)]
    [InlineData(7, 1800)]
    [InlineData(12, 1800)]
    public void Next_MidJitter_DoublesFromBaseDelayUpToMaxDelay(int attempt, int expectedSeconds)
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(0.5));

        // Act
        var next = schedule.Next(attempt, Now, null, Options);

        // Assert
        AssertClose(TimeSpan.FromSeconds(expectedSeconds), next - Now);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.5, 1.0)]
    [InlineData(0.999, 1.1996)]
    public void Next_FixedJitter_ScalesTheBackoffBetweenEightyAndOneHundredTwentyPercent(double draw, double factor)
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(draw));

        // Act
        var next = schedule.Next(2, Now, null, Options);

        // Assert
        AssertClose(TimeSpan.FromSeconds(60 * factor), next - Now);
    }

    [Fact]
    public void Next_SeededRandom_StaysWithinTwentyPercentAndVaries()
    {
        // Arrange
        var schedule = new RetrySchedule(new Random(42));
        var delays = new List<TimeSpan>();

        // Act
        for (var draw = 0; draw < 200; draw++)
        {
            delays.Add(schedule.Next(3, Now, null, Options) - Now);
        }

        // Assert
        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.FromSeconds(120 * 0.8) - Rounding, TimeSpan.FromSeconds(120 * 1.2)));
        Assert.True(delays.Distinct().Count() > 100, "The jitter should spread the retries.");
    }

    [Fact]
    public void Next_AtTheCapWithHighestJitter_StaysWithinTwentyPercentOverMaxDelay()
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(0.999));

        // Act
        var next = schedule.Next(20, Now, null, Options);

        // Assert
        Assert.InRange(next - Now, Options.RetryMaxDelay, Options.RetryMaxDelay * 1.2);
    }

    [Fact]
    public void Next_RetryAfterLongerThanBackoff_IsExactlyRetryAfter()
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(0.999));
        var retryAfter = TimeSpan.FromMinutes(10);

        // Act
        var next = schedule.Next(1, Now, retryAfter, Options);

        // Assert
        Assert.Equal(Now + retryAfter, next);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Next_RetryAfterShorterThanBackoff_KeepsTheBackoff(int retryAfterSeconds)
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(0.0));

        // Act
        var next = schedule.Next(1, Now, TimeSpan.FromSeconds(retryAfterSeconds), Options);

        // Assert
        AssertClose(TimeSpan.FromSeconds(24), next - Now);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-1000)]
    public void Next_AttemptZeroOrNegative_IsTreatedAsTheFirst(int attempt)
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(0.5));

        // Act
        var next = schedule.Next(attempt, Now, null, Options);

        // Assert
        Assert.Equal(schedule.Next(1, Now, null, Options), next);
    }

    [Fact]
    public void Next_AttemptIntMinValue_IsTreatedAsTheFirst()
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(0.5));

        // Act
        var next = schedule.Next(int.MinValue, Now, null, Options);

        // Assert
        Assert.Equal(schedule.Next(1, Now, null, Options), next);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(1_000_000)]
    [InlineData(int.MaxValue)]
    public void Next_HugeAttempt_DoesNotOverflowAndIsTheMaxDelay(int attempt)
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(0.5));

        // Act
        var next = schedule.Next(attempt, Now, null, Options);

        // Assert
        AssertClose(Options.RetryMaxDelay, next - Now);
    }

    [Fact]
    public void Next_NullOptions_Throws()
    {
        // Arrange
        var schedule = new RetrySchedule(new FixedRandom(0.5));

        // Act
        Action call = () => schedule.Next(1, Now, null, null!);

        // Assert
        Assert.Throws<ArgumentNullException>(call);
    }

    private static void AssertClose(TimeSpan expected, TimeSpan actual) =>
        Assert.InRange(actual, expected - Rounding, expected + Rounding);
}

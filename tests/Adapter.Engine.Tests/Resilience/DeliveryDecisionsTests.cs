using Adapter.Engine.Delivery;
using Adapter.Engine.Outbox;
using Adapter.Mapping.Model;

namespace Adapter.Engine.Tests.Resilience;

/// <summary><see cref="DeliveryDecisions.Decide"/>: an attempt's result turned into the operation's next state.</summary>
public sealed class DeliveryDecisionsTests
{
    private const string LeaseOwner = "host-a/42/lease";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 19, 16, 0, TimeSpan.Zero);

    private static readonly PartnerDeliveryOptions Options = new()
    {
        MaxAttempts = 5,
        MaxAge = TimeSpan.FromHours(24),
        RetryBaseDelay = TimeSpan.FromSeconds(30),
        RetryMaxDelay = TimeSpan.FromMinutes(30),
        CircuitBreakDuration = TimeSpan.FromSeconds(45),
    };

    [Fact]
    public void Decide_Succeeded_IsSucceededWithResponseKept()
    {
        // Arrange
        var result = DeliveryResult.Succeeded(201, """{"id":"Task/42"}""");

        // Act
        var completion = Decide(Operation(attempt: 2), result);

        // Assert
        Assert.Equal(OperationStatus.Succeeded, completion.Status);
        Assert.Equal(7, completion.OperationId);
        Assert.Equal(LeaseOwner, completion.LeaseOwner);
        Assert.Equal(Now, completion.At);
        Assert.Null(completion.RetryAt);
        Assert.Equal(201, completion.StatusCode);
        Assert.Null(completion.Error);
        Assert.Equal("""{"id":"Task/42"}""", completion.Response);
        Assert.False(completion.NotAttempted);
        Assert.False(string.IsNullOrWhiteSpace(completion.Detail));
    }

    [Fact]
    public void Decide_SucceededOnLastAttemptAndPastMaxAge_IsStillSucceeded()
    {
        // Arrange
        var operation = Operation(attempt: Options.MaxAttempts, age: TimeSpan.FromHours(30));

        // Act
        var completion = Decide(operation, DeliveryResult.Succeeded(200));

        // Assert
        Assert.Equal(OperationStatus.Succeeded, completion.Status);
    }

    [Fact]
    public void Decide_Permanent_IsDeadLetteredWithReasonAsError()
    {
        // Arrange
        var result = DeliveryResult.Permanent(422, "422 Unprocessable Entity: Validation failed.");

        // Act
        var completion = Decide(Operation(attempt: 1), result);

        // Assert
        Assert.Equal(OperationStatus.DeadLettered, completion.Status);
        Assert.Null(completion.RetryAt);
        Assert.Equal(422, completion.StatusCode);
        Assert.Equal("422 Unprocessable Entity: Validation failed.", completion.Error);
        Assert.Null(completion.Response);
        Assert.False(string.IsNullOrWhiteSpace(completion.Detail));
    }

    [Fact]
    public void Decide_TransientBelowMaxAttempts_IsPendingAtTheScheduledRetry()
    {
        // Arrange
        var result = DeliveryResult.Transient(503, "503 Service Unavailable");

        // Act
        var completion = Decide(Operation(attempt: 3), result);

        // Assert
        Assert.Equal(OperationStatus.Pending, completion.Status);
        Assert.Equal(Schedule().Next(3, Now, null, Options), completion.RetryAt);
        Assert.Equal(Now + TimeSpan.FromSeconds(120), completion.RetryAt);
        Assert.Equal(503, completion.StatusCode);
        Assert.Equal("503 Service Unavailable", completion.Error);
        Assert.False(completion.NotAttempted);
        Assert.Contains("attempt 3 of 5", completion.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TransientWithLongRetryAfter_RetriesNoEarlierThanRetryAfter()
    {
        // Arrange
        var result = DeliveryResult.Transient(429, "429 Too Many Requests", TimeSpan.FromMinutes(10));

        // Act
        var completion = Decide(Operation(attempt: 1), result);

        // Assert
        Assert.Equal(OperationStatus.Pending, completion.Status);
        Assert.Equal(Now + TimeSpan.FromMinutes(10), completion.RetryAt);
    }

    [Fact]
    public void Decide_TransientWithShortRetryAfter_RetriesAtTheLaterBackoff()
    {
        // Arrange
        var result = DeliveryResult.Transient(429, "429 Too Many Requests", TimeSpan.FromSeconds(5));

        // Act
        var completion = Decide(Operation(attempt: 2), result);

        // Assert
        Assert.Equal(Now + TimeSpan.FromSeconds(60), completion.RetryAt);
        Assert.True(completion.RetryAt >= Now + TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Decide_TransientAtOrPastMaxAttempts_IsDeadLettered(int attempt)
    {
        // Arrange
        var result = DeliveryResult.Transient(503, "503 Service Unavailable");

        // Act
        var completion = Decide(Operation(attempt), result);

        // Assert
        Assert.Equal(OperationStatus.DeadLettered, completion.Status);
        Assert.Null(completion.RetryAt);
        Assert.Equal("503 Service Unavailable", completion.Error);
        Assert.Contains("attempts", completion.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(24 * 60)]
    [InlineData(25 * 60)]
    public void Decide_TransientAtOrPastMaxAge_IsDeadLettered(int ageMinutes)
    {
        // Arrange
        var operation = Operation(attempt: 2, age: TimeSpan.FromMinutes(ageMinutes));

        // Act
        var completion = Decide(operation, DeliveryResult.Transient(null, "No answer before the timeout."));

        // Assert
        Assert.Equal(OperationStatus.DeadLettered, completion.Status);
        Assert.Null(completion.RetryAt);
        Assert.Equal("No answer before the timeout.", completion.Error);
        Assert.Contains("hours", completion.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TransientJustUnderMaxAge_IsPending()
    {
        // Arrange
        var operation = Operation(attempt: 2, age: Options.MaxAge - TimeSpan.FromSeconds(1));

        // Act
        var completion = Decide(operation, DeliveryResult.Transient(503, "503 Service Unavailable"));

        // Assert
        Assert.Equal(OperationStatus.Pending, completion.Status);
    }

    [Fact]
    public void Decide_NotAttemptedPastMaxAge_IsDeadLetteredAsAPartnerDownTooLong()
    {
        // Arrange
        var result = new DeliveryResult(DeliveryOutcome.NotAttempted, null, "the circuit to acme is open after repeated failures.") { RetryAfter = TimeSpan.FromSeconds(12) };

        // Act
        var completion = Decide(Operation(attempt: 1, age: Options.MaxAge), result);

        // Assert
        Assert.Equal(OperationStatus.DeadLettered, completion.Status);
        Assert.False(completion.NotAttempted);
        Assert.Contains("hours", completion.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NotAttemptedWithRetryAfter_IsPendingUntilRetryAfterAndFlagged()
    {
        // Arrange
        var result = new DeliveryResult(DeliveryOutcome.NotAttempted, null, "the circuit to acme is open after repeated failures.") { RetryAfter = TimeSpan.FromSeconds(12) };

        // Act
        var completion = Decide(Operation(attempt: 4), result);

        // Assert
        Assert.Equal(OperationStatus.Pending, completion.Status);
        Assert.True(completion.NotAttempted);
        Assert.Equal(Now + TimeSpan.FromSeconds(12), completion.RetryAt);
        Assert.Equal("the circuit to acme is open after repeated failures.", completion.Error);
        Assert.False(string.IsNullOrWhiteSpace(completion.Detail));
    }

    [Fact]
    public void Decide_NotAttemptedWithoutRetryAfter_IsPendingForTheBreakDuration()
    {
        // Arrange
        var result = new DeliveryResult(DeliveryOutcome.NotAttempted, null, "the circuit to acme is open after repeated failures.");

        // Act
        var completion = Decide(Operation(attempt: Options.MaxAttempts), result);

        // Assert
        Assert.Equal(OperationStatus.Pending, completion.Status);
        Assert.True(completion.NotAttempted);
        Assert.Equal(Now + Options.CircuitBreakDuration, completion.RetryAt);
    }

    [Theory]
    [InlineData(DeliveryOutcome.Succeeded, 1)]
    [InlineData(DeliveryOutcome.Permanent, 1)]
    [InlineData(DeliveryOutcome.Transient, 1)]
    [InlineData(DeliveryOutcome.Transient, 5)]
    [InlineData(DeliveryOutcome.NotAttempted, 1)]
    public void Decide_AnyOutcome_DetailNamesOperationAndPartnerButNotThePartnersText(DeliveryOutcome outcome, int attempt)
    {
        // Arrange
        const string PartnerText = "Patient Jane Doe";
        var result = new DeliveryResult(outcome, 200, outcome == DeliveryOutcome.Succeeded ? null : PartnerText)
        {
            Response = outcome == DeliveryOutcome.Succeeded ? PartnerText : null,
        };

        // Act
        var completion = Decide(Operation(attempt), result);

        // Assert
        Assert.Contains("create-report", completion.Detail, StringComparison.Ordinal);
        Assert.Contains("acme", completion.Detail, StringComparison.Ordinal);
        if (outcome != DeliveryOutcome.NotAttempted)
        {
            Assert.DoesNotContain(PartnerText, completion.Detail, StringComparison.Ordinal);
        }
    }

    private static OperationCompletion Decide(ClaimedOperation operation, DeliveryResult result) =>
        DeliveryDecisions.Decide(operation, result, LeaseOwner, Now, Options, Schedule());

    private static RetrySchedule Schedule() => new(new FixedRandom(0.5));

    private static ClaimedOperation Operation(int attempt, TimeSpan? age = null) => new(
        Id: 7,
        MessageId: 70,
        Partner: "acme",
        Operation: "create-report",
        IdempotencyKey: "0123456789abcdef0123456789abcdef",
        OrderingKey: "visit-1",
        Method: "POST",
        Path: "/reports",
        Body: "{}",
        Trigger: OperationTrigger.Immediately,
        Attempt: attempt,
        CreatedAt: Now - (age ?? TimeSpan.FromMinutes(5)));
}

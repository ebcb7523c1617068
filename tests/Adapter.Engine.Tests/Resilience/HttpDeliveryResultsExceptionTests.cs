using Adapter.Engine.Delivery;

namespace Adapter.Engine.Tests.Resilience;

/// <summary><see cref="HttpDeliveryResults.FromException"/>: no answer at all is always worth another try.</summary>
public sealed class HttpDeliveryResultsExceptionTests
{
    [Fact]
    public void FromException_HttpRequestException_IsTransientNamingTheErrorAndMessage()
    {
        // Arrange
        var exception = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (partner.example:443)");

        // Act
        var result = HttpDeliveryResults.FromException(exception);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Contains("ConnectionError", result.Reason, StringComparison.Ordinal);
        Assert.Contains("Connection refused (partner.example:443)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromException_TaskCanceledException_IsTransientTimeout()
    {
        // Arrange
        var exception = new TaskCanceledException();

        // Act
        var result = HttpDeliveryResults.FromException(exception);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Contains("timeout", result.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void FromException_TimeoutException_IsTransientTimeout()
    {
        // Arrange
        var exception = new TimeoutException();

        // Act
        var result = HttpDeliveryResults.FromException(exception);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Contains("timeout", result.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void FromException_IOException_IsTransientWithItsMessage()
    {
        // Arrange
        var exception = new IOException("Unable to read data from the transport connection.");

        // Act
        var result = HttpDeliveryResults.FromException(exception);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Contains("Unable to read data from the transport connection.", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromException_OtherException_IsTransientNamingItsTypeOnly()
    {
        // Arrange
        var exception = new InvalidOperationException("Patient Jane Doe has no MRN");

        // Act
        var result = HttpDeliveryResults.FromException(exception);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Contains(nameof(InvalidOperationException), result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Doe", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromException_Null_Throws()
    {
        // Arrange
        Exception exception = null!;

        // Act
        var call = () => HttpDeliveryResults.FromException(exception);

        // Assert
        Assert.Throws<ArgumentNullException>(call);
    }
}

using System.Net;
using Adapter.Engine.Delivery;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>The reason kept for a refused or failed call: status line plus what the body says.</summary>
public sealed class HttpDeliveryResultsReasonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 19, 16, 0, TimeSpan.Zero);

    [Fact]
    public async Task FromResponseAsync_ProblemDetails_ReasonHasTitleDetailAndErrors()
    {
        // Arrange
        const string Errors = """{"subject":["The subject is required."]}""";
        var body = $$"""{"type":"https://partner.example/validation","title":"Validation failed","status":422,"detail":"The report has no subject.","errors":{{Errors}}}""";
        using var response = PartnerResponses.Problem(HttpStatusCode.UnprocessableEntity, body);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        var reason = Assert.IsType<string>(result.Reason);
        Assert.StartsWith("422 Unprocessable Entity: Validation failed. The report has no subject.", reason, StringComparison.Ordinal);
        Assert.Contains(Errors, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("https://partner.example/validation", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponseAsync_JsonMessage_ReasonIsTheMessage()
    {
        // Arrange
        using var response = PartnerResponses.Json(HttpStatusCode.NotFound, """{"message":"Patient not found"}""");

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal("404 Not Found: Patient not found.", result.Reason);
    }

    [Fact]
    public async Task FromResponseAsync_OAuthStyleError_ReasonHasErrorAndDescription()
    {
        // Arrange
        using var response = PartnerResponses.Json(HttpStatusCode.BadRequest, """{"error":"invalid_request","error_description":"The token has expired."}""");

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal("400 Bad Request: invalid_request. The token has expired.", result.Reason);
    }

    [Fact]
    public async Task FromResponseAsync_PlainText_ReasonIsTheTrimmedText()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.ServiceUnavailable, "  Down for maintenance\r\n");

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal("503 Service Unavailable: Down for maintenance", result.Reason);
    }

    [Fact]
    public async Task FromResponseAsync_EmptyBody_ReasonIsTheStatusLine()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.InternalServerError);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal("500 Internal Server Error", result.Reason);
    }

    [Fact]
    public async Task FromResponseAsync_WhitespaceOnlyBody_ReasonIsTheStatusLine()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.BadGateway, "\r\n");

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal("502 Bad Gateway", result.Reason);
    }

    [Theory]
    [InlineData("""{"message": "unterminated""")]
    [InlineData("{not json at all}")]
    [InlineData("""[{"message":"in an array"}]""")]
    [InlineData("""{"code":17}""")]
    public async Task FromResponseAsync_BodyNotAKnownJsonShape_ReasonFallsBackToTheText(string body)
    {
        // Arrange
        using var response = PartnerResponses.Problem(HttpStatusCode.BadRequest, body);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal($"400 Bad Request: {body}", result.Reason);
    }

    [Fact]
    public async Task FromResponseAsync_LongBody_ReasonIsTruncatedWithEllipsis()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.BadRequest, new string('x', 2 * HttpDeliveryResults.MaxReasonLength));

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        var reason = Assert.IsType<string>(result.Reason);
        Assert.Equal(HttpDeliveryResults.MaxReasonLength, reason.Length);
        Assert.StartsWith("400 Bad Request: xxx", reason, StringComparison.Ordinal);
        Assert.EndsWith("x…", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponseAsync_ReasonExactlyMaxLength_IsNotTruncated()
    {
        // Arrange
        const string StatusLine = "400 Bad Request: ";
        var body = new string('x', HttpDeliveryResults.MaxReasonLength - StatusLine.Length);
        using var response = PartnerResponses.Text(HttpStatusCode.BadRequest, body);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(StatusLine + body, result.Reason);
    }

    [Fact]
    public async Task FromResponseAsync_ReasonOneOverMaxLength_IsTruncatedToMaxLength()
    {
        // Arrange
        const string StatusLine = "400 Bad Request: ";
        var body = new string('x', HttpDeliveryResults.MaxReasonLength - StatusLine.Length + 1);
        using var response = PartnerResponses.Text(HttpStatusCode.BadRequest, body);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        var reason = Assert.IsType<string>(result.Reason);
        Assert.Equal(HttpDeliveryResults.MaxReasonLength, reason.Length);
        Assert.EndsWith("…", reason, StringComparison.Ordinal);
    }
}

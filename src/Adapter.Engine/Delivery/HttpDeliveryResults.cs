using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Adapter.Engine.Delivery;

/// <summary>
/// Classifies an HTTP exchange with a partner the one way every connector should: 2xx succeeded;
/// 408, 429 and 5xx transient (with <c>Retry-After</c> as seconds or an HTTP date); any other 4xx
/// permanent, with the partner's reason read from an RFC 7807 problem or a JSON message; network
/// failures and timeouts transient.
/// </summary>
public static class HttpDeliveryResults
{
    /// <summary>The longest reason kept: enough for a validation report, not a whole error page.</summary>
    public const int MaxReasonLength = 1000;

    public static async Task<DeliveryResult> FromResponseAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return DeliveryResult.Succeeded(status, body.Length == 0 ? null : body);
        }

        var reason = ReasonOf(response, body);
        return IsTransient(response.StatusCode)
            ? DeliveryResult.Transient(status, reason, RetryAfterOf(response.Headers.RetryAfter, now))
            : DeliveryResult.Permanent(status, reason);
    }

    /// <summary>A failure to get an answer at all: the connection refused or dropped, DNS, TLS, a timeout.</summary>
    public static DeliveryResult FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            HttpRequestException http => DeliveryResult.Transient(null, $"No answer: {http.HttpRequestError} ({http.Message})"),
            TaskCanceledException or TimeoutException => DeliveryResult.Transient(null, "No answer before the timeout."),
            IOException io => DeliveryResult.Transient(null, $"The connection failed: {io.Message}"),
            _ => DeliveryResult.Transient(null, $"The call failed: {exception.GetType().Name}."),
        };
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The wait a <c>Retry-After</c> asks for from <paramref name="now"/>; a date in the past asks for none.</summary>
    public static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? retryAfter, DateTimeOffset now) => retryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    private static string ReasonOf(HttpResponseMessage response, string body)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        var reason = JsonReason(body) ?? (string.IsNullOrWhiteSpace(body) ? null : body.Trim());
        var text = reason is null ? status : $"{status}: {reason}";
        return text.Length <= MaxReasonLength ? text : string.Concat(text.AsSpan(0, MaxReasonLength - 1), "…");
    }

    /// <summary>
    /// The reason in a JSON answer: an RFC 7807 problem's title, detail and field errors, or a
    /// <c>message</c> or <c>error</c> member. Null when the body is not such JSON.
    /// </summary>
    private static string? JsonReason(string body)
    {
        var start = body.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var root = document.RootElement;
            var parts = new List<string>();
            foreach (var name in new[] { "title", "detail", "message", "error", "error_description" })
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text && !parts.Contains(text))
                {
                    parts.Add(text);
                }
            }

            if (root.TryGetProperty("errors", out var errors))
            {
                parts.Add(errors.GetRawText());
            }

            return parts.Count == 0 ? null : string.Join(" ", parts.Select(part => part.TrimEnd('.') + "."));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Adapter.Engine.Delivery;

namespace Adapter.Partners.Http;

/// <summary>
/// One JSON call to a partner, classified for the delivery worker: the request a connector built
/// (method, URL, body, headers) goes out with the operation's <c>Idempotency-Key</c>; the answer,
/// or the failure to get one, comes back as a <see cref="DeliveryResult"/>. Cancellation by the
/// caller (shutdown, the pipeline's timeout) is not a result: it propagates.
/// </summary>
public static class JsonCall
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static async Task<DeliveryResult> SendAsync(
        HttpClient client,
        HttpMethod method,
        Uri url,
        JsonObject? body,
        IEnumerable<KeyValuePair<string, string>> headers,
        string idempotencyKey,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, idempotencyKey);
        foreach (var (name, value) in headers)
        {
            // A header that cannot be sent (a mistyped name in a setting) would otherwise drop a credential silently.
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                return DeliveryResult.Permanent(null, $"The header '{name}' cannot be sent; check the partner's settings.");
            }
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            return await HttpDeliveryResults.FromResponseAsync(response, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return HttpDeliveryResults.FromException(exception);
        }
    }
}

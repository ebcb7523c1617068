using System.Text;
using Adapter.Engine.Delivery;

namespace Adapter.Engine.Tests.Delivery;

/// <summary>
/// A plain HTTP connector for the <c>qubs</c> kind, aimed at the <see cref="TestPartner"/>: the
/// operation's method and path on the partner's address, its body as JSON and its idempotency key
/// as <c>Idempotency-Key</c>, classified the way every connector classifies. It never throws for an
/// answer or a network failure, and gives up (throwing) only when its token is cancelled.
/// </summary>
internal sealed class HttpTestConnector(HttpClient client, Uri baseAddress, TimeProvider time) : IPartnerConnector
{
    public string Kind => "qubs";

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(baseAddress, request.Path ?? "/"))
        {
            Content = new StringContent(request.Body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
        // One connection per call: SocketsHttpHandler silently resends a request whose reused
        // connection closed before any answer, which would hide a dropped answer from the worker.
        message.Headers.ConnectionClose = true;
        try
        {
            using var response = await client.SendAsync(message, cancellationToken);
            return await HttpDeliveryResults.FromResponseAsync(response, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HttpDeliveryResults.FromException(exception);
        }
    }
}

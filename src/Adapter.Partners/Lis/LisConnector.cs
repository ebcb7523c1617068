using Adapter.Engine.Delivery;
using Adapter.Mapping.Planning;
using Adapter.Partners.Http;

namespace Adapter.Partners.Lis;

/// <summary>
/// The laboratory information system (lis-partner-api.txt). Its document gives no paths or bodies,
/// so the mapping names the method, the path below <c>baseUrl</c> and the fields; the API key goes in
/// the header the mapping's <c>apiKeyHeader</c> setting names (X-API-Key unless the laboratory says
/// otherwise, an assumption of ours).
/// </summary>
public sealed class LisConnector(PartnerHttp http, TimeProvider time) : IPartnerConnector
{
    public const string DefaultApiKeyHeader = "X-API-Key";

    public string Kind => "lis";

    public Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = request.Partner.Settings;
        var url = PartnerUrls.For(request.Partner, request.Operation, request.Method, request.Path, request.Body);
        var header = settings.GetValueOrDefault("apiKeyHeader") is { Length: > 0 } named ? named : DefaultApiKeyHeader;
        var headers = new[] { KeyValuePair.Create(header, request.Partner.Auth.GetValueOrDefault("apiKey", string.Empty)) };
        var body = PartnerUrls.IsGet(request.Method) ? null : request.Body;
        return JsonCall.SendAsync(http.Client, new HttpMethod(request.Method), new Uri(url), body, headers, request.IdempotencyKey, time, cancellationToken);
    }
}

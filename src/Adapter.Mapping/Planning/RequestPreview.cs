using Adapter.Mapping.Kinds;
using Adapter.Mapping.Model;

namespace Adapter.Mapping.Planning;

/// <summary>
/// Turns planned operations into the requests the partner's connector would send: the URL from the
/// kind's settings, the authentication headers of the kind (masked), the body. A GET carries its
/// fields in the query string.
/// </summary>
internal static class RequestPreview
{
    /// <summary>What a credential shows as.</summary>
    public const string Masked = "***";

    public static IReadOnlyList<PartnerRequest> For(PartnerMapping mapping, IEnumerable<PlannedOperation> planned) =>
        planned.Select(operation => For(mapping, operation)).ToList();

    private static PartnerRequest For(PartnerMapping mapping, PlannedOperation operation)
    {
        var spec = mapping.Kind.Operation(operation.Operation)!;
        var url = PartnerUrls.For(mapping, operation.Operation, operation.Method, operation.Path, operation.Body);
        var isGet = PartnerUrls.IsGet(operation.Method);
        var headers = AuthenticationHeaders(mapping);
        if (!isGet)
        {
            headers.Add(new("Content-Type", "application/json"));
        }

        // Every connector sends the operation's key; only some partners document honouring it.
        headers.Add(new("Idempotency-Key", spec.AcceptsIdempotencyKey
            ? "(one per operation, kept across retries)"
            : "(one per operation, kept across retries; this partner does not document honouring it)"));

        return new PartnerRequest(operation.Operation, operation.Method, url, headers, isGet ? null : operation.Body, operation.Trigger, operation.Warnings);
    }

    private static List<KeyValuePair<string, string>> AuthenticationHeaders(PartnerMapping mapping) => mapping.Kind.Authentication switch
    {
        PartnerAuthentication.ApiKeyAndTeam => [new("x-api-key", Masked), new("x-team-id", Masked)],
        PartnerAuthentication.ApiKeyHeader => [new(mapping.Settings.GetValueOrDefault("apiKeyHeader", "X-API-Key"), Masked)],
        _ => [new("Authorization", "Bearer " + Masked)],
    };
}

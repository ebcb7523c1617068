using System.Text;
using System.Text.Json.Nodes;
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
        var url = spec.UrlSetting is { } setting
            ? mapping.Settings.GetValueOrDefault(setting, string.Empty)
            : mapping.Settings.GetValueOrDefault("baseUrl", string.Empty).TrimEnd('/') + operation.Path;
        var isGet = operation.Method == "GET";
        if (isGet && operation.Body.Count > 0)
        {
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Query(operation.Body);
        }

        var headers = AuthenticationHeaders(mapping);
        if (!isGet)
        {
            headers.Add(new("Content-Type", "application/json"));
        }

        if (spec.AcceptsIdempotencyKey)
        {
            headers.Add(new("Idempotency-Key", "(one per operation, kept across retries)"));
        }

        return new PartnerRequest(operation.Operation, operation.Method, url, headers, isGet ? null : operation.Body, operation.Trigger, operation.Warnings);
    }

    private static List<KeyValuePair<string, string>> AuthenticationHeaders(PartnerMapping mapping) => mapping.Kind.Authentication switch
    {
        PartnerAuthentication.ApiKeyAndTeam => [new("x-api-key", Masked), new("x-team-id", Masked)],
        PartnerAuthentication.ApiKeyHeader => [new(mapping.Settings.GetValueOrDefault("apiKeyHeader", "X-API-Key"), Masked)],
        _ => [new("Authorization", "Bearer " + Masked)],
    };

    private static string Query(JsonObject fields)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            query.Append(query.Length == 0 ? string.Empty : "&").Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value?.ToString() ?? string.Empty));
        }

        return query.ToString();
    }
}

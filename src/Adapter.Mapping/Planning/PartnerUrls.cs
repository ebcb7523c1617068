using System.Text;
using System.Text.Json.Nodes;
using Adapter.Mapping.Model;

namespace Adapter.Mapping.Planning;

/// <summary>
/// The URL a partner call goes to: the operation's own URL setting (Docus), or <c>baseUrl</c> and
/// the path; a GET carries its fields in the query. Connectors and <c>mapping test</c> both build
/// URLs here, so what a dry run shows is what is called.
/// </summary>
public static class PartnerUrls
{
    public static string For(PartnerMapping mapping, string operation, string method, string? path, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(body);
        var spec = mapping.Kind.Operation(operation) ?? throw new ArgumentException($"{mapping.Kind.Name} has no operation {operation}.", nameof(operation));
        var url = spec.UrlSetting is { } setting
            ? mapping.Settings.GetValueOrDefault(setting, string.Empty)
            : mapping.Settings.GetValueOrDefault("baseUrl", string.Empty).TrimEnd('/') + path;
        if (IsGet(method) && body.Count > 0)
        {
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Query(body);
        }

        return url;
    }

    /// <summary>Whether a call of this method sends its fields in the query rather than a body.</summary>
    public static bool IsGet(string method) => string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase);

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

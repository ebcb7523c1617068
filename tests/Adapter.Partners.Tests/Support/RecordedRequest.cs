namespace Adapter.Partners.Tests.Support;

/// <summary>One request as the <see cref="LoopbackPartner"/> received it.</summary>
/// <param name="Method">The HTTP method, as sent.</param>
/// <param name="Path">The request path.</param>
/// <param name="QueryString">The query string as sent, with its <c>?</c>; empty when there was none.</param>
/// <param name="Query">The query's values, decoded.</param>
/// <param name="Headers">Every request header, by name (case-insensitive), values joined with commas.</param>
/// <param name="Body">The request body as UTF-8 text; empty when there was none.</param>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    /// <summary>The header's value, or null when the request did not carry it.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}

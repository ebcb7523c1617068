using System.Text.Json.Nodes;
using Adapter.Mapping.Model;

namespace Adapter.Mapping.Planning;

/// <summary>A planned operation as the HTTP request it becomes, with every credential masked: what <c>mapping test</c> prints.</summary>
/// <param name="Operation">The operation's name.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The whole URL (query included for GET calls).</param>
/// <param name="Headers">The headers, credentials shown as <c>***</c>.</param>
/// <param name="Body">The JSON body; null for a GET.</param>
/// <param name="Trigger">When it runs.</param>
/// <param name="Warnings">What the mapping produced that the partner would refuse or miss.</param>
public sealed record PartnerRequest(
    string Operation,
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    JsonObject? Body,
    OperationTrigger Trigger,
    IReadOnlyList<string> Warnings);

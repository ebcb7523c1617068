namespace Adapter.Mapping.Kinds;

/// <summary>
/// One call the adapter makes at a partner (Docus <c>submitLabResults</c>, QUBS <c>submitReport</c>)
/// with the fields of its request body.
/// </summary>
/// <param name="Name">The operation's name in mapping files (camelCase).</param>
/// <param name="Method">The HTTP method the document gives (or the usual one where it is silent).</param>
/// <param name="Description">One sentence for analysts.</param>
/// <param name="Fields">The request body's fields.</param>
public sealed record OperationSpec(string Name, string Method, string Description, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>
    /// The path below the partner's base URL, with <c>{name}</c> placeholders the mapping fills
    /// (QUBS <c>/integrations/v1/{domain}/...</c>); null where the document leaves it to the
    /// mapping (LIS) or the URL is a setting of its own (Docus).
    /// </summary>
    public string? Path { get; init; }

    /// <summary>The setting that holds this call's whole URL (Docus hands one URL per call at onboarding); null where the URL is <c>baseUrl</c> and <see cref="Path"/>.</summary>
    public string? UrlSetting { get; init; }

    /// <summary>The values the path's placeholders take, computed by the mapping like fields (QUBS <c>appointmentId</c>).</summary>
    public IReadOnlyList<FieldSpec> PathParameters { get; init; } = [];

    /// <summary>
    /// Groups of fields of which at least one must be mapped (Docus: <c>data</c> or
    /// <c>file_base64</c>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> AtLeastOneOf { get; init; } = [];

    /// <summary>
    /// Whether the partner documents honouring an <c>Idempotency-Key</c> header on this call. The
    /// connectors send the key on every call; where the partner does not honour it, the outbox's
    /// memory of what succeeded is what prevents a repeat.
    /// </summary>
    public bool AcceptsIdempotencyKey { get; init; }

    /// <summary>
    /// The field or path parameter whose value orders this call: calls with the same value run one at
    /// a time, in the order they were planned (every result of one Docus visit, every call on one
    /// QUBS appointment). Null where the document names no such value; calls are then ordered within
    /// their message only.
    /// </summary>
    public string? OrderedBy { get; init; }

    /// <summary>Whether the mapping must name the method, path and field names itself (LIS, imaging-AI).</summary>
    public bool ShapeFromMapping { get; init; }
}

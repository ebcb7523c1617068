using Adapter.Fhir.Identity;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Conversion;

/// <summary>
/// Builds the transaction Bundle. A resource with a business identifier is posted with
/// <c>ifNoneExist</c> on it; one without is put at its deterministic id. A resource added twice
/// under the same key (the ordering provider of three OBRs) is one entry.
/// </summary>
internal sealed class BundleAssembler
{
    private readonly Bundle _bundle = new() { Type = Bundle.BundleType.Transaction };
    private readonly Dictionary<string, Bundle.EntryComponent> _byKey = new(StringComparer.Ordinal);

    public Bundle Bundle => _bundle;

    public IEnumerable<Resource> Resources => _bundle.Entry.Select(entry => entry.Resource!);

    /// <summary>Adds a resource under its key and returns the reference other resources use.</summary>
    public ResourceReference Add(Resource resource, string key, Identifier? conditionalOn = null)
    {
        if (_byKey.TryGetValue(key, out var existing))
        {
            return new ResourceReference(existing.FullUrl);
        }

        var id = DeterministicIds.From(key).ToString("D");
        resource.Id = id;
        var type = resource.TypeName;
        var entry = new Bundle.EntryComponent
        {
            FullUrl = "urn:uuid:" + id,
            Resource = resource,
            Request = conditionalOn?.Value is { } value
                ? new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = type, IfNoneExist = SearchTokens.IdentifierQuery(conditionalOn.System, value) }
                : new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = $"{type}/{id}" },
        };
        _bundle.Entry.Add(entry);
        _byKey.Add(key, entry);
        return new ResourceReference(entry.FullUrl);
    }

    public bool TryFind(string key, out ResourceReference reference)
    {
        reference = null!;
        if (!_byKey.TryGetValue(key, out var entry))
        {
            return false;
        }

        reference = new ResourceReference(entry.FullUrl);
        return true;
    }
}

using Adapter.Fhir.Identity;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Conversion;

/// <summary>
/// Builds the transaction Bundle. A resource with a business identifier is written conditionally
/// on it (created once, or kept current: see <see cref="EntryMode"/>); one without, or whose
/// identifier has no system, is put at its deterministic id. A resource added twice under the same
/// key (the ordering provider of three OBRs) is one entry.
/// </summary>
internal sealed class BundleAssembler(string messageKey)
{
    private readonly Bundle _bundle = new() { Type = Bundle.BundleType.Transaction };
    private readonly Dictionary<string, Bundle.EntryComponent> _byKey = new(StringComparer.Ordinal);

    public Bundle Bundle => _bundle;

    /// <summary>Adds a resource under its key and returns the reference other resources use.</summary>
    public ResourceReference Add(Resource resource, string key, Identifier? conditionalOn = null, EntryMode mode = EntryMode.CreateOnce) =>
        AddOrFind(resource, key, conditionalOn, mode).Reference;

    /// <summary>
    /// Adds a resource, or finds the one already added under its key (a second ORC with the same
    /// placer number): what follows must go on the resource that is in the Bundle.
    /// </summary>
    public (T Resource, ResourceReference Reference, bool Added) AddOrFind<T>(T resource, string key, Identifier? conditionalOn = null, EntryMode mode = EntryMode.CreateOnce)
        where T : Resource
    {
        key = EffectiveKey(key, conditionalOn);
        if (conditionalOn is { System: null })
        {
            conditionalOn = null;
        }

        if (_byKey.TryGetValue(key, out var existing))
        {
            return ((T)existing.Resource!, new ResourceReference(existing.FullUrl), false);
        }

        var id = DeterministicIds.From(key).ToString("D");
        resource.Id = id;
        var type = resource.TypeName;
        var entry = new Bundle.EntryComponent
        {
            FullUrl = "urn:uuid:" + id,
            Resource = resource,
            Request = (conditionalOn?.Value, mode) switch
            {
                (null, _) => new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = $"{type}/{id}" },
                ({ } value, EntryMode.Current) => new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = $"{type}?{SearchTokens.IdentifierQuery(conditionalOn!.System, value)}" },
                ({ } value, _) => new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = type, IfNoneExist = SearchTokens.IdentifierQuery(conditionalOn!.System, value) },
            },
        };
        _bundle.Entry.Add(entry);
        _byKey.Add(key, entry);
        return (resource, new ResourceReference(entry.FullUrl), true);
    }

    /// <summary>The reference to what was added under this key, if anything was: lets a caller skip building a repeat.</summary>
    public bool TryFind(string key, Identifier? conditionalOn, out ResourceReference reference)
    {
        var found = _byKey.TryGetValue(EffectiveKey(key, conditionalOn), out var existing);
        reference = found ? new ResourceReference(existing!.FullUrl) : null!;
        return found;
    }

    // A value without a system means nothing outside this message: matching it on a server
    // could attach results to another patient, so such a resource is put, scoped to the message.
    private string EffectiveKey(string key, Identifier? conditionalOn) =>
        conditionalOn is { System: null } ? $"{key}|{messageKey}" : key;
}

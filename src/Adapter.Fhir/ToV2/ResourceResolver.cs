using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>
/// Finds what a reference points to: an entry of the Bundle (by fullUrl or Type/id), a contained
/// resource, or whatever the caller's lookup returns (the FHIR store, for resources sent alone).
/// </summary>
public sealed class ResourceResolver
{
    private readonly Dictionary<string, Resource> _byReference = new(StringComparer.Ordinal);
    private readonly List<Resource> _resources = [];
    private readonly Func<string, Resource?>? _lookup;

    public ResourceResolver(IEnumerable<Resource> resources, Func<string, Resource?>? lookup = null)
    {
        _lookup = lookup;
        foreach (var resource in resources)
        {
            Register(resource, fullUrl: null);
        }
    }

    public ResourceResolver(Bundle bundle, Func<string, Resource?>? lookup = null)
        : this([], lookup)
    {
        foreach (var entry in bundle.Entry.Where(entry => entry.Resource is not null))
        {
            Register(entry.Resource!, entry.FullUrl);
        }
    }

    public T? Resolve<T>(ResourceReference? reference, DomainResource? container = null)
        where T : Resource
    {
        if (reference?.Reference is not { } target)
        {
            return null;
        }

        if (target.StartsWith('#') && container is not null)
        {
            return container.Contained.OfType<T>().FirstOrDefault(resource => resource.Id == target[1..]);
        }

        if (_byReference.TryGetValue(target, out var found) || _byReference.TryGetValue(LastTwoSegments(target), out found))
        {
            return found as T;
        }

        return _lookup?.Invoke(target) as T;
    }

    public IEnumerable<T> All<T>()
        where T : Resource => _resources.OfType<T>();

    private void Register(Resource resource, string? fullUrl)
    {
        _resources.Add(resource);
        if (fullUrl is not null)
        {
            _byReference[fullUrl] = resource;
        }

        if (resource.Id is { } id)
        {
            _byReference[$"{resource.TypeName}/{id}"] = resource;
        }
    }

    // An absolute reference (https://server/fhir/Patient/1) resolves by its Type/id.
    private static string LastTwoSegments(string reference)
    {
        var history = reference.IndexOf("/_history/", StringComparison.Ordinal);
        var path = history < 0 ? reference : reference[..history];
        var parts = path.Split('/');
        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : path;
    }
}

using System.Text.Json;
using Adapter.Fhir.Serialization;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Support;

/// <summary>Finding resources in a converted Bundle and following its urn:uuid references.</summary>
internal static class BundleQueries
{
    public static List<T> All<T>(this Bundle bundle)
        where T : Resource =>
        [.. bundle.Entry.Select(entry => entry.Resource).OfType<T>()];

    public static T Only<T>(this Bundle bundle)
        where T : Resource =>
        Assert.Single(bundle.All<T>());

    public static Bundle.EntryComponent EntryOf(this Bundle bundle, Resource resource) =>
        Assert.Single(bundle.Entry, entry => ReferenceEquals(entry.Resource, resource));

    /// <summary>The resource a reference points to; fails when it points outside the Bundle.</summary>
    public static T Resolve<T>(this Bundle bundle, ResourceReference? reference)
        where T : Resource
    {
        Assert.NotNull(reference);
        var entry = Assert.Single(bundle.Entry, entry => entry.FullUrl == reference.Reference);
        return Assert.IsType<T>(entry.Resource);
    }

    /// <summary>The observation whose code (OBX-3) has the given primary code.</summary>
    public static Observation Observation(this Bundle bundle, string code) =>
        Assert.Single(bundle.All<Observation>(), observation => observation.Code.Coding.Any(coding => coding.Code == code));

    /// <summary>Every <c>reference</c> written anywhere in the Bundle, read from its JSON.</summary>
    public static List<string> References(this Bundle bundle)
    {
        using var json = JsonDocument.Parse(FhirJson.Serialize(bundle));
        var references = new List<string>();
        Collect(json.RootElement, references);
        return references;
    }

    public static List<OperationOutcome.IssueComponent> IssuesAt(this OperationOutcome outcome, string location) =>
        [.. outcome.Issue.Where(issue => issue.Location.Contains(location))];

    private static void Collect(JsonElement element, List<string> references)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "reference" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        references.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, references);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, references);
                }

                break;
        }
    }
}

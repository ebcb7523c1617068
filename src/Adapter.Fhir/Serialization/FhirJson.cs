using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Adapter.Fhir.Serialization;

/// <summary>FHIR JSON through System.Text.Json and the Firely SDK's POCO converters, set up once.</summary>
public static class FhirJson
{
    private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
    private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true }.ForFhir(ModelInfo.ModelInspector);

    public static string Serialize(Resource resource, bool indented = false) =>
        JsonSerializer.Serialize(resource, indented ? Indented : Compact);

    public static byte[] SerializeToUtf8(Resource resource) => JsonSerializer.SerializeToUtf8Bytes(resource, Compact);

    /// <summary>Reads a resource; throws <see cref="DeserializationFailedException"/> naming every problem when the JSON is not valid FHIR.</summary>
    public static T Deserialize<T>(string json)
        where T : Resource =>
        JsonSerializer.Deserialize<T>(json, Compact) ?? throw new JsonException("The document is empty.");
}

using System.Buffers;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Adapter.Fhir.Serialization;

/// <summary>
/// FHIR JSON: written by our <see cref="FhirJsonWriter"/> (what the Firely SDK writes, much faster),
/// read through System.Text.Json and the Firely SDK's POCO converters.
/// </summary>
public static class FhirJson
{
    private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
    private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true }.ForFhir(ModelInfo.ModelInspector);

    public static string Serialize(Resource resource, bool indented = false) =>
        System.Text.Encoding.UTF8.GetString(SerializeToUtf8(resource, indented));

    public static byte[] SerializeToUtf8(Resource resource, bool indented = false)
    {
        // A Bundle is tens of KB: written into a pooled buffer, copied once into its result.
        using var buffer = new PooledBufferWriter(64 * 1024);
        Write(buffer, resource, indented);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes FHIR JSON into <paramref name="output"/> (a pipe, a pooled buffer) without an intermediate string.</summary>
    public static void Write(IBufferWriter<byte> output, Resource resource, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = Indented.Encoder, SkipValidation = true });
        FhirJsonWriter.WriteResource(writer, resource);
    }

    /// <summary>Reads a resource; throws <see cref="DeserializationFailedException"/> naming every problem when the JSON is not valid FHIR.</summary>
    public static T Deserialize<T>(string json)
        where T : Resource =>
        JsonSerializer.Deserialize<T>(json, Compact) ?? throw new JsonException("The document is empty.");
}

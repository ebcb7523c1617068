using Adapter.Fhir.Serialization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Adapter.Host.Cli.Fhir;

/// <summary>
/// Reads a FHIR R4 JSON file given on the command line: a Bundle as it is, any other resource in a
/// collection Bundle of its own. A problem is one line for stderr naming the file.
/// </summary>
internal static class FhirFile
{
    public static bool TryParse(FileInfo file, string json, TextWriter error, out Bundle bundle)
    {
        try
        {
            var resource = FhirJson.Deserialize<Resource>(json);
            bundle = resource as Bundle ?? new Bundle { Type = Bundle.BundleType.Collection, Entry = [new Bundle.EntryComponent { Resource = resource }] };
            return true;
        }
        catch (Exception exception) when (exception is DeserializationFailedException or System.Text.Json.JsonException)
        {
            Report(file, exception, error);
            bundle = new Bundle();
            return false;
        }
    }

    public static void Report(FileInfo file, Exception exception, TextWriter error) =>
        error.WriteLine($"{file.Name}: not a readable FHIR R4 JSON resource: {Describe(exception)}");

    // Firely lists every problem with its path; the values are not quoted.
    private static string Describe(Exception exception) => exception switch
    {
        DeserializationFailedException failed => string.Join("; ", failed.Exceptions.Select(inner => inner.Message)),
        _ => exception.GetType().Name,
    };
}

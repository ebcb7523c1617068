using System.CommandLine;
using Adapter.Fhir.Conversion;
using Adapter.Fhir.Serialization;
using Hl7.Fhir.Model;

namespace Adapter.Host.Cli.Hl7;

/// <summary>
/// <c>adapter hl7 to-fhir FILE [--time-zone ZONE] [--system AUTHORITY=URI ...]</c>: prints the
/// canonical Bundle (JSON) and lists every conversion warning on stderr as <c>file: location: text</c>.
/// A batch prints one collection Bundle holding each message's Bundle.
/// </summary>
internal static class ToFhirCommand
{
    public static Command Create(TimeProvider time)
    {
        var file = new Argument<FileInfo>("file") { Description = "An HL7 v2 message or batch (ER7)." };
        var zone = new Option<TimeZoneInfo>("--time-zone")
        {
            Description = "IANA or Windows id of the zone timestamps without an offset are read in (default UTC).",
            CustomParser = ConversionArguments.ParseTimeZone,
            DefaultValueFactory = _ => TimeZoneInfo.Utc,
        };
        var systems = new Option<string[]>("--system")
        {
            Description = "An assigning authority and the URI of its identifiers, as AUTHORITY=URI; repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        systems.Validators.Add(ConversionArguments.ValidateSystems);
        var command = new Command("to-fhir", "Convert an HL7 v2 message to the canonical FHIR R4 Bundle.") { file, zone, systems };
        command.SetAction(result =>
        {
            var options = new V2ToFhirOptions
            {
                TimeZone = result.GetValue(zone)!,
                IdentifierSystems = ConversionArguments.Systems(result.GetValue(systems) ?? []),
            };
            return Run(result.GetRequiredValue(file), new V2ToFhirConverter(options, time), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    private static int Run(FileInfo file, V2ToFhirConverter converter, TextWriter output, TextWriter error)
    {
        if (!MessageFile.TryReadBytes(file, error, out var bytes) || !MessageFile.TryParse(file, bytes, error, out var messages))
        {
            return MessageFile.Unreadable;
        }

        var bundles = new List<Bundle>();
        for (var i = 0; i < messages.Count; i++)
        {
            var result = converter.Convert(messages[i]);
            var label = messages.Count == 1 ? file.Name : $"{file.Name} message {i + 1}";
            foreach (var issue in result.Outcome.Issue)
            {
                error.WriteLine($"{label}: {string.Join(", ", issue.Location)}: {issue.Severity?.ToString().ToLowerInvariant()}: {issue.Diagnostics}");
            }

            bundles.Add(result.Bundle);
        }

        var printed = bundles.Count == 1
            ? bundles[0]
            : new Bundle { Type = Bundle.BundleType.Collection, Entry = [.. bundles.Select(bundle => new Bundle.EntryComponent { Resource = bundle })] };
        output.WriteLine(FhirJson.Serialize(printed, indented: true));
        return 0;
    }
}

using System.CommandLine;

namespace Adapter.Host.Cli.Fhir;

/// <summary><c>adapter fhir</c>: work with FHIR resources the way the adapter reads them.</summary>
internal static class FhirCommand
{
    public static Command Create(TimeProvider time)
    {
        var command = new Command("fhir", "Read FHIR R4 JSON files: convert to HL7 v2.");
        command.Subcommands.Add(ToHl7Command.Create(time));
        return command;
    }
}

using System.CommandLine;

namespace Adapter.Host.Cli.Hl7;

/// <summary><c>adapter hl7</c>: look at HL7 v2 files the way the listener reads them.</summary>
internal static class Hl7Command
{
    public static Command Create(TimeProvider time)
    {
        var command = new Command("hl7", "Read HL7 v2 (ER7) files: inspect, acknowledge, round-trip, convert to FHIR.");
        command.Subcommands.Add(InspectCommand.Create());
        command.Subcommands.Add(AckCommand.Create(time));
        command.Subcommands.Add(RoundtripCommand.Create());
        command.Subcommands.Add(ToFhirCommand.Create(time));
        return command;
    }
}

using System.CommandLine;
using Adapter.Host.Cli.Fhir;
using Adapter.Host.Cli.Mapping;
using Adapter.Host.Cli.Hl7;
using Adapter.Host.Cli.Messages;
using Adapter.Host.Cli.Run;
using Adapter.Host.Cli.Send;

namespace Adapter.Host.Cli;

/// <summary>The <c>adapter</c> command and its verbs; with no verb it runs the service.</summary>
internal static class AdapterCommandLine
{
    public static RootCommand Create(TimeProvider time)
    {
        var root = new RootCommand("Adapter: an HL7 v2 / FHIR R4 interface engine for partner APIs. With no command: " + RunCommand.Description)
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(RunCommand.RunAsync);
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(SendCommand.Create());
        root.Subcommands.Add(MessagesCommand.Create(time));
        root.Subcommands.Add(Hl7Command.Create(time));
        root.Subcommands.Add(FhirCommand.Create(time));
        root.Subcommands.Add(MappingCommand.Create(time));
        return root;
    }

    /// <summary>
    /// The host handles SIGTERM and Ctrl+C itself (stop accepting, finish what was read); the
    /// command line library must not end the process on its own clock meanwhile.
    /// </summary>
    public static InvocationConfiguration Invocation() => new() { ProcessTerminationTimeout = null };
}

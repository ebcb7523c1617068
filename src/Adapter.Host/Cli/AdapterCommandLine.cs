using System.CommandLine;
using Adapter.Host.Cli.Hl7;

namespace Adapter.Host.Cli;

/// <summary>The <c>adapter</c> command and its verbs.</summary>
internal static class AdapterCommandLine
{
    public static RootCommand Create(TimeProvider time)
    {
        var root = new RootCommand("Adapter: an HL7 v2 / FHIR R4 interface engine for partner APIs.");
        root.Subcommands.Add(Hl7Command.Create(time));
        return root;
    }
}

using System.CommandLine;

namespace Adapter.Host.Cli.Mapping;

/// <summary><c>adapter mapping</c>: check partner mapping files without a running service.</summary>
internal static class MappingCommand
{
    public static Command Create()
    {
        var command = new Command("mapping", "Check partner mapping files.");
        command.Subcommands.Add(ValidateCommand.Create());
        return command;
    }
}

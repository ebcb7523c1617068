using System.CommandLine;

namespace Adapter.Host.Cli.Mapping;

/// <summary><c>adapter mapping</c>: check partner mapping files without a running service.</summary>
internal static class MappingCommand
{
    public static Command Create(TimeProvider time)
    {
        var command = new Command("mapping", "Check partner mapping files and try them on sample messages.");
        command.Subcommands.Add(ValidateCommand.Create());
        command.Subcommands.Add(TestCommand.Create(time));
        return command;
    }
}

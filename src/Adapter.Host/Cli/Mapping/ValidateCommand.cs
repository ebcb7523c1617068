using System.CommandLine;
using Adapter.Mapping.Loading;

namespace Adapter.Host.Cli.Mapping;

/// <summary>
/// <c>adapter mapping validate [DIR]</c>: reads every mapping file and lookup table in DIR (default
/// <c>mappings</c>) as the service would, prints every error as <c>file:line:column: sentence</c>,
/// and exits 1 when there is any.
/// </summary>
internal static class ValidateCommand
{
    public const int Invalid = 1;

    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir")
        {
            Description = "The mappings folder (default: mappings).",
            DefaultValueFactory = _ => new DirectoryInfo("mappings"),
        };
        var command = new Command("validate", "Check every mapping file: schema, keys, expressions, required fields, lookup tables, environment variables.") { directory };
        command.SetAction(result => Run(result.GetRequiredValue(directory), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(DirectoryInfo directory, TextWriter output, TextWriter error)
    {
        var set = MappingLoader.ForProcess().Load(directory.FullName);
        foreach (var problem in set.Errors)
        {
            error.WriteLine(problem.ToString());
        }

        if (!set.IsValid)
        {
            error.WriteLine($"{set.Errors.Count} error{(set.Errors.Count == 1 ? string.Empty : "s")} in {directory.Name}.");
            return Invalid;
        }

        output.WriteLine($"{set.Partners.Count} mapping{(set.Partners.Count == 1 ? string.Empty : "s")} valid: {string.Join(", ", set.Partners.Select(partner => partner.Partner))}.");
        return 0;
    }
}

using System.CommandLine;
using Adapter.Host.Cli;

namespace Adapter.Host.Tests.Cli;

/// <summary>Runs the adapter command line in process and captures what it prints.</summary>
internal static class CommandRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = AdapterCommandLine.Create(TimeProvider.System)
            .Parse(args)
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string Sample(string name) => Path.Combine(RepositoryRoot(), "sample-messages", name);

    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"adapter-test-{Guid.NewGuid():N}.hl7");
        File.WriteAllText(path, content);
        return path;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adapter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Adapter.sln not found.");
    }
}

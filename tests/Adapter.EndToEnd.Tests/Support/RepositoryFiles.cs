namespace Adapter.EndToEnd.Tests.Support;

/// <summary>Files of the repository the tests run from, found by walking up to Adapter.sln.</summary>
internal static class RepositoryFiles
{
    public static string SampleMessage(string name) => Path.Combine(Root(), "sample-messages", name);

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adapter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Adapter.sln above {AppContext.BaseDirectory}.");
    }
}

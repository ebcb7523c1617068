namespace Adapter.Host.Tests.Support;

/// <summary>
/// Files the tests read: the repository root (found by walking up to Adapter.sln), its sample
/// messages, and ../shared beside the repository (corpus, bench messages).
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SampleMessages => Path.Combine(Root, "sample-messages");

    public static string Sample(string name) => Path.Combine(SampleMessages, name);

    public static string Shared(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", name));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adapter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Adapter.sln not found above the test assembly.");
    }
}

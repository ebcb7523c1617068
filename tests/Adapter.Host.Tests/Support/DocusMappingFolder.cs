namespace Adapter.Host.Tests.Support;

/// <summary>
/// A mappings folder with one docus-labs file whose credentials are environment variables named
/// with a prefix unique to the test class (so setting them cannot disturb tests running beside it),
/// set while the folder lives.
/// </summary>
internal sealed class DocusMappingFolder : IDisposable
{
    private static readonly string[] Variables = ["KEY", "TEAM", "INBOUND"];
    private readonly TempDirectory _directory = new();
    private readonly string _prefix;

    /// <param name="prefix">The variables' prefix; the file names <c>${PREFIXKEY}</c>, <c>${PREFIXTEAM}</c> and <c>${PREFIXINBOUND}</c>.</param>
    /// <param name="yaml">The mapping file.</param>
    public DocusMappingFolder(string prefix, string yaml)
    {
        _prefix = prefix;
        foreach (var name in Variables)
        {
            Environment.SetEnvironmentVariable(prefix + name, name.ToLowerInvariant());
        }

        File.WriteAllText(_directory.File("acme.yaml"), yaml);
    }

    public string Path => _directory.Path;

    public void Dispose()
    {
        foreach (var name in Variables)
        {
            Environment.SetEnvironmentVariable(_prefix + name, null);
        }

        _directory.Dispose();
    }
}

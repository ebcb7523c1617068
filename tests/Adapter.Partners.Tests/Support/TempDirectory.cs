namespace Adapter.Partners.Tests.Support;

/// <summary>A fresh directory under the system temp directory, deleted with everything in it.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("adapter-partners-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

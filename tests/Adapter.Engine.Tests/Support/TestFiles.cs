using System.Text;

namespace Adapter.Engine.Tests.Support;

/// <summary>The repository's sample messages and the shared bench messages beside the repository, read as bytes.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>An ORU^R01 from GOODHEALTH_LIS (MSH-10 GHLIS2611200187, MSH-15 AL), about 5.5 kB.</summary>
    public static byte[] LabPanel => Sample("oru-r01-lab-panel.hl7");

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(RepositoryRoot, "sample-messages", name));

    public static byte[] Bench(string name) => File.ReadAllBytes(Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "bench", name)));

    /// <summary>The message with one piece of text replaced, which must occur in it exactly once.</summary>
    public static byte[] Replace(byte[] message, string oldText, string newText)
    {
        var text = Encoding.UTF8.GetString(message);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{oldText}' does not occur exactly once in the message.", nameof(oldText));
        }

        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length)));
    }

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

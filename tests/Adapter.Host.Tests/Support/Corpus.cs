using Adapter.Hl7v2.Batches;

namespace Adapter.Host.Tests.Support;

/// <summary>The public HL7 v2 corpus in ../shared/corpus (beside the repository), as the messages a sender would send.</summary>
internal static class Corpus
{
    public static string Directory => RepositoryFiles.Shared("corpus");

    /// <summary>
    /// Every inbound message, in file-name order: a batch file gives each message it holds; the
    /// <c>*-expected.hl7</c> files are left out, being expected outputs of FHIR to v2 templates (README.txt).
    /// </summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> InboundMessages()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            throw new DirectoryNotFoundException($"The shared corpus is expected at {Directory}.");
        }

        var messages = new List<(string, byte[])>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.hl7").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith("-expected.hl7", StringComparison.Ordinal))
            {
                continue;
            }

            var parsed = Hl7Batch.Parse(File.ReadAllBytes(file)).Messages;
            messages.AddRange(parsed.Select((message, i) => (parsed.Count == 1 ? name : $"{name}#{i + 1}", message.Data.ToArray())));
        }

        return messages;
    }
}

using System.Text;
using Adapter.Hl7v2.Parsing;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>The public corpus sent one message after another on one connection, as an interface engine would replay it.</summary>
public sealed class MllpCorpusTests
{
    /// <summary>
    /// Corpus messages that get an error on their own merit. ms_ADT01-23.hl7 has a single space in
    /// MSH-15, which is not a table 0155 value (AL, NE, ER, SU); the listener answers AE 103 there.
    /// </summary>
    private static readonly Dictionary<string, string> ErrorsOnTheirOwnMerit = new(StringComparer.Ordinal)
    {
        ["ms_ADT01-23.hl7"] = "AE 103 MSH-15",
    };

    [Fact]
    public async Task Send_EveryCorpusMessageWithItsOwnControlId_Aa()
    {
        var corpus = Corpus.InboundMessages();
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();

        var answers = new List<string>();
        for (var i = 0; i < corpus.Count; i++)
        {
            var controlId = $"CORPUS{i:D4}";
            var ack = await connection.ExchangeAsync(WithControlId(corpus[i].Bytes, controlId));
            answers.Add($"{corpus[i].Name}: {Describe(ack)} for {ack.Get("MSA-2")}");
        }

        var expected = corpus.Select((message, i) => $"{message.Name}: {ErrorsOnTheirOwnMerit.GetValueOrDefault(message.Name, "AA")} for CORPUS{i:D4}");
        Assert.Equal(expected, answers);
        Assert.True(corpus.Count >= 55, $"Only {corpus.Count} corpus messages were found.");
    }

    [Fact]
    public async Task Send_EveryCorpusMessageAsStored_ReusedControlIdsAe205()
    {
        // The corpus comes from several projects that reuse MSH-10 values (MSG00001, 182, ...) for
        // different messages from the same sender: each reuse is a conflict (AE 205), kept for review.
        var corpus = Corpus.InboundMessages();
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();

        var answers = new List<string>();
        foreach (var (name, bytes) in corpus)
        {
            answers.Add($"{name}: {Describe(await connection.ExchangeAsync(bytes))}");
        }

        var owners = new HashSet<string>(StringComparer.Ordinal);
        var expected = corpus.Select(message => $"{message.Name}: {(ErrorsOnTheirOwnMerit.TryGetValue(message.Name, out var error) ? error : owners.Add(KeyOf(message.Bytes)) ? "AA" : "AE 205 MSH-10")}");
        Assert.Equal(expected, answers);
    }

    [Fact]
    public async Task Send_SampleAndBenchMessages_Aa()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.SampleMessages, "*.hl7")
            .Concat(Directory.EnumerateFiles(RepositoryFiles.Shared("bench"), "*.hl7"))
            .Order(StringComparer.Ordinal)
            .ToList();
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();

        var answers = new List<string>();
        foreach (var file in files)
        {
            answers.Add($"{Path.GetFileName(file)}: {Describe(await connection.ExchangeAsync(File.ReadAllBytes(file)))}");
        }

        Assert.Equal(files.Select(file => $"{Path.GetFileName(file)}: AA"), answers);
        Assert.Equal(files.Select(file => Hl7Message.Parse(File.ReadAllBytes(file)).Get("MSH-10")), (await adapter.ListJournalAsync()).Select(record => record.Identity.ControlId));
    }

    private static string Describe(Hl7Message ack) =>
        ack.Get("MSA-1") == "AA" ? "AA" : $"{ack.Get("MSA-1")} {ack.Get("ERR-3.1")} {ack.Get("ERR-2.1")}-{ack.Get("ERR-2.3")}";

    /// <summary>The duplicate key as the journal defines it: MSH-3, MSH-4 and MSH-10 as written.</summary>
    private static string KeyOf(byte[] message)
    {
        var header = Hl7Message.Parse(message).Header;
        return $"{header.Field(3).Er7}|{header.Field(4).Er7}|{header.Field(10).Er7}";
    }

    /// <summary>The message with MSH-10 replaced, every other byte kept (BOM, delimiters and line endings included).</summary>
    private static byte[] WithControlId(byte[] message, string controlId)
    {
        var msh = message.AsSpan().IndexOf("MSH"u8);
        var separator = message[msh + 3];
        var start = msh;
        // MSH-1 is the separator itself, so MSH-10 begins after the ninth separator.
        for (var field = 1; field <= 9; field++)
        {
            start = Array.IndexOf(message, separator, start) + 1;
        }

        var end = Array.IndexOf(message, separator, start);
        return [.. message[..start], .. Encoding.ASCII.GetBytes(controlId), .. message[end..]];
    }
}

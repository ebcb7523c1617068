using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Adapter.Host.Admin;
using Xunit.Sdk;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// Reads a stopped adapter's journal the documented way, <c>adapter messages list --data-dir DIR
/// --format jsonl</c>, a page at a time, in a child process of its own.
/// </summary>
internal static class JournalReader
{
    private const int PageSize = 100_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<MessageSummary>> ReadAllAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var messages = new List<MessageSummary>();
        while (true)
        {
            var afterId = messages.Count == 0 ? 0 : messages[^1].Id;
            var page = await ReadPageAsync(dataDirectory, afterId, cancellationToken);
            messages.AddRange(page);
            if (page.Count < PageSize)
            {
                return messages;
            }
        }
    }

    private static async Task<IReadOnlyList<MessageSummary>> ReadPageAsync(string dataDirectory, long afterId, CancellationToken cancellationToken)
    {
        var info = AdapterCommand.StartInfo(
            dataDirectory,
            "messages", "list",
            "--data-dir", dataDirectory,
            "--format", "jsonl",
            "--limit", PageSize.ToString(CultureInfo.InvariantCulture),
            "--after-id", afterId.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(info) ?? throw new InvalidOperationException("adapter messages list did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"adapter messages list did not finish within {Timeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new XunitException($"adapter messages list exited with {process.ExitCode}:\n{await error}");
        }

        return [.. (await output)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<MessageSummary>(line, JsonSerializerOptions.Web)
                ?? throw new XunitException($"Unreadable journal line: {line}"))];
    }
}

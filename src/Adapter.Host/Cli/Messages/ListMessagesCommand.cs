using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Adapter.Engine.Journal;
using Adapter.Host.Admin;

namespace Adapter.Host.Cli.Messages;

/// <summary><c>adapter messages list [--status S] [--since T] [--format table|jsonl]</c>.</summary>
internal static class ListMessagesCommand
{
    public static Command Create()
    {
        var status = new Option<string?>("--status") { Description = $"Only messages with this status: {string.Join(", ", MessageStatusNames.All)}." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only messages received at or after this time (ISO 8601, e.g. 2026-11-23T08:00Z)." };
        var afterId = new Option<long>("--after-id") { Description = "Only messages with a greater id (paging)." };
        var limit = new Option<int>("--limit") { Description = "At most this many messages.", DefaultValueFactory = _ => 1000 };
        var format = new Option<string>("--format") { Description = "table for people, jsonl (one JSON object per line) for tools.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                result.AddError("--limit must be between 1 and 100000.");
            }
        });
        var source = new MessageSourceOptions();
        var command = new Command("list", "List journaled messages, oldest first.") { status, since, afterId, limit, format };
        source.AddTo(command);
        status.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !MessageStatusNames.TryParse(text, out _))
            {
                result.AddError($"--status must be one of: {string.Join(", ", MessageStatusNames.All)}.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            MessageStatus? statusFilter = MessageStatusNames.TryParse(result.GetValue(status), out var parsed) ? parsed : null;
            var query = new JournalQuery { Status = statusFilter, Since = result.GetValue(since), AfterId = result.GetValue(afterId), Limit = result.GetValue(limit) };
            var output = result.InvocationConfiguration.Output;
            var messageSource = await source.ResolveAsync(result, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<MessageSummary> messages;
            try
            {
                messages = await messageSource.ListAsync(query, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException or Microsoft.Data.Sqlite.SqliteException)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"Cannot read {messageSource.Description}: {exception.Message}").ConfigureAwait(false);
                return MessagesCommand.NotAvailable;
            }

            if (result.GetValue(format) == "jsonl")
            {
                foreach (var message in messages)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(message, JsonSerializerOptions.Web)).ConfigureAwait(false);
                }
            }
            else
            {
                await WriteTableAsync(messages, output).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static async Task WriteTableAsync(IReadOnlyList<MessageSummary> messages, TextWriter output)
    {
        const string Row = "{0,8}  {1,-19}  {2,-12}  {3,-8}  {4,-22}  {5,-9}  {6}";
        await output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, Row, "ID", "RECEIVED (UTC)", "LISTENER", "TYPE", "CONTROL ID", "STATUS", "ACK")).ConfigureAwait(false);
        foreach (var message in messages)
        {
            await output.WriteLineAsync(string.Format(
                CultureInfo.InvariantCulture,
                Row,
                message.Id,
                message.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                message.Listener,
                message.MessageType,
                message.ControlId,
                message.Status,
                message.AckCode)).ConfigureAwait(false);
        }
    }
}

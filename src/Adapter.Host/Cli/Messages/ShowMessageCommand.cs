using System.CommandLine;
using System.Globalization;
using Adapter.Host.Admin;

namespace Adapter.Host.Cli.Messages;

/// <summary><c>adapter messages show ID</c>: one message, its acknowledgement and its history.</summary>
internal static class ShowMessageCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("id") { Description = "The message's journal id (from messages list)." };
        var source = new MessageSourceOptions();
        var command = new Command("show", "Show one journaled message: who sent it, how it was answered, what happened since, and its content.") { id };
        source.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var messageSource = await source.ResolveAsync(result, cancellationToken).ConfigureAwait(false);
            var error = result.InvocationConfiguration.Error;
            MessageDetail? detail;
            try
            {
                detail = await messageSource.ShowAsync(result.GetValue(id), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException or Microsoft.Data.Sqlite.SqliteException)
            {
                await error.WriteLineAsync($"Cannot read {messageSource.Description}: {exception.Message}").ConfigureAwait(false);
                return MessagesCommand.NotAvailable;
            }

            if (detail is null)
            {
                await error.WriteLineAsync($"There is no message {result.GetValue(id)} in {messageSource.Description}.").ConfigureAwait(false);
                return MessagesCommand.NotAvailable;
            }

            await WriteAsync(detail, result.InvocationConfiguration.Output).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task WriteAsync(MessageDetail detail, TextWriter output)
    {
        var message = detail.Message;
        var lines = new List<string>
        {
            $"Message {message.Id}",
            $"  listener    {message.Listener} (from {message.RemoteAddress ?? "unknown"})",
            $"  received    {message.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)} UTC",
            $"  sender      {message.SendingApplication} / {message.SendingFacility}",
            $"  type        {message.MessageType} (version {message.Version})",
            $"  control id  {message.ControlId}",
            $"  status      {message.Status}",
            $"  answered    {message.AckCode ?? "-"}",
        };
        if (message.Reason is { } reason)
        {
            lines.Add($"  reason      {reason}");
        }

        lines.Add("History");
        lines.Add($"  {message.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)}  received, answered {message.AckCode ?? "-"}");
        lines.AddRange(detail.History.Select(entry => $"  {entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)}  {entry.Kind}: {entry.Detail}"));
        if (detail.Routes.Count > 0)
        {
            lines.Add("Partners");
            lines.AddRange(detail.Routes.Select(route => $"  {route.Partner,-24}{route.Status}{(route.Detail is { } why ? ": " + why : string.Empty)}"));
        }

        if (detail.Operations.Count > 0)
        {
            lines.Add("Operations");
            foreach (var operation in detail.Operations)
            {
                var outcome = operation.LastStatusCode is { } code ? $", last answer {code}" : string.Empty;
                lines.Add($"  {operation.Id,-6}{operation.Partner} {operation.Operation}: {operation.Status}, {operation.Attempts} attempt{(operation.Attempts == 1 ? string.Empty : "s")}{outcome} (key {operation.IdempotencyKey}, order {operation.OrderingKey})");
                if (operation.LastError is { } lastError)
                {
                    lines.Add($"        {lastError}");
                }
            }
        }

        lines.Add($"Message ({message.SizeBytes} bytes)");
        lines.AddRange(Segments(detail.Raw));
        lines.Add("Acknowledgement");
        lines.AddRange(Segments(detail.Ack));
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Segments(string text) =>
        text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(segment => $"  {segment}");
}

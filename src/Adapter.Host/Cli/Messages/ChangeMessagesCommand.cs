using System.CommandLine;
using Adapter.Engine.Outbox;

namespace Adapter.Host.Cli.Messages;

/// <summary>
/// <c>adapter messages replay ID... [--partner P] [--force]</c> and <c>adapter messages cancel ID...</c>:
/// what a person does after a mapping or partner fix, or to stop a delivery. Through the running
/// service's admin API when it answers, else on the data directory. Exit 0 when every message was
/// changed, 4 when one does not exist, cannot be replayed or the store cannot be reached.
/// </summary>
internal static class ChangeMessagesCommand
{
    public static Command CreateReplay(TimeProvider time)
    {
        var ids = new Argument<long[]>("id") { Description = "The messages' journal ids.", Arity = ArgumentArity.OneOrMore };
        var partner = new Option<string?>("--partner") { Description = "Only this partner; every partner when omitted." };
        var force = new Option<bool>("--force") { Description = "Also repeat operations that already succeeded (under the same idempotency keys)." };
        var command = new Command("replay", "Deliver messages again after a fix: failed and cancelled operations are planned again from the mapping in force; succeeded ones are kept.") { ids, partner, force };
        var source = new MessageSourceOptions();
        source.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var only = result.GetValue(partner);
            var forced = result.GetValue(force);
            var scope = only ?? "every partner";
            return RunAsync(
                result,
                source,
                result.GetRequiredValue(ids),
                (messages, id) => messages.ReplayAsync(new ReplayRequest(id, only, forced), time.GetUtcNow(), cancellationToken),
                id => $"Message {id}: replay requested for {scope}{(forced ? ", succeeded operations included" : string.Empty)}.",
                cancellationToken);
        });
        return command;
    }

    public static Command CreateCancel(TimeProvider time)
    {
        var ids = new Argument<long[]>("id") { Description = "The messages' journal ids.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("cancel", "Cancel what is left of messages' delivery: operations not yet run are never sent.") { ids };
        var source = new MessageSourceOptions();
        source.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(
            result,
            source,
            result.GetRequiredValue(ids),
            (messages, id) => messages.CancelAsync(id, time.GetUtcNow(), cancellationToken),
            id => $"Message {id}: cancelled; what was left of its delivery will not run.",
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, MessageSourceOptions source, long[] ids, Func<IMessageSource, long, Task<ChangeResult>> change, Func<long, string> done, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        var messages = await source.ResolveAsync(result, cancellationToken).ConfigureAwait(false);
        var exitCode = 0;
        foreach (var id in ids)
        {
            ChangeResult outcome;
            try
            {
                outcome = await change(messages, id).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                await error.WriteLineAsync($"Cannot reach {messages.Description}: {exception.Message}").ConfigureAwait(false);
                return MessagesCommand.NotAvailable;
            }

            switch (outcome)
            {
                case ChangeResult.Done:
                    await output.WriteLineAsync(done(id)).ConfigureAwait(false);
                    break;
                case ChangeResult.NotFound:
                    await error.WriteLineAsync($"Message {id}: there is no such message in {messages.Description}.").ConfigureAwait(false);
                    exitCode = MessagesCommand.NotAvailable;
                    break;
                case ChangeResult.InFlight:
                    await error.WriteLineAsync($"Message {id}: a call of it is running now; replay it once the call has ended.").ConfigureAwait(false);
                    exitCode = MessagesCommand.NotAvailable;
                    break;
                default:
                    await error.WriteLineAsync($"Message {id}: it was never accepted (rejected or a conflict), so there is nothing to deliver.").ConfigureAwait(false);
                    exitCode = MessagesCommand.NotAvailable;
                    break;
            }
        }

        return exitCode;
    }
}

using System.CommandLine;

namespace Adapter.Host.Cli.Messages;

/// <summary><c>adapter messages list|show|replay|cancel</c>: read the journal, and act on deliveries.</summary>
internal static class MessagesCommand
{
    /// <summary>Exit code when the journal or the admin API cannot be read, or the message does not exist.</summary>
    public const int NotAvailable = 4;

    public static Command Create(TimeProvider time) =>
        new("messages", "Read the journal (what was received, when, from whom, how it was answered and delivered), and replay or cancel deliveries.")
        {
            ListMessagesCommand.Create(),
            ShowMessageCommand.Create(),
            ChangeMessagesCommand.CreateReplay(time),
            ChangeMessagesCommand.CreateCancel(time),
        };
}

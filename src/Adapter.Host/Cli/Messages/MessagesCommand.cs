using System.CommandLine;

namespace Adapter.Host.Cli.Messages;

/// <summary><c>adapter messages list|show</c>: read the journal.</summary>
internal static class MessagesCommand
{
    /// <summary>Exit code when the journal or the admin API cannot be read, or the message does not exist.</summary>
    public const int NotAvailable = 4;

    public static Command Create() =>
        new("messages", "Read the journal: what was received, when, from whom, and how it was answered.")
        {
            ListMessagesCommand.Create(),
            ShowMessageCommand.Create(),
        };
}

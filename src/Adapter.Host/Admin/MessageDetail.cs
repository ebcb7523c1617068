using System.Text;
using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;

namespace Adapter.Host.Admin;

/// <summary>
/// One journaled message in full, for <c>adapter messages show</c>: summary, raw message,
/// acknowledgement, history, each partner's verdict and the partner calls planned for it.
/// </summary>
public sealed record MessageDetail(
    MessageSummary Message,
    string Raw,
    string Ack,
    IReadOnlyList<MessageEvent> History,
    IReadOnlyList<MessageRouteView> Routes,
    IReadOnlyList<MessageOperationView> Operations)
{
    public static MessageDetail From(JournalMessage message, IEnumerable<OutboxRoute> routes, IEnumerable<OutboxOperation> operations) => new(
        MessageSummary.From(message.Record),
        Text(message.Raw),
        Text(message.Ack),
        message.Events.Select(journalEvent => new MessageEvent(journalEvent.At, journalEvent.Kind, journalEvent.Detail)).ToList(),
        routes.Select(MessageRouteView.From).ToList(),
        operations.Select(MessageOperationView.From).ToList());

    /// <summary>Reads the message and what the outbox holds for it; null when there is no such message.</summary>
    public static async Task<MessageDetail?> ReadAsync(IJournalReader journal, IOutboxReader outbox, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(outbox);
        if (await journal.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } message)
        {
            return null;
        }

        var routes = await outbox.ListRoutesAsync(id, cancellationToken).ConfigureAwait(false);
        var operations = await outbox.ListOperationsAsync(id, cancellationToken).ConfigureAwait(false);
        return From(message, routes, operations);
    }

    // Messages are mostly UTF-8 or ASCII; bytes that are not valid UTF-8 are shown as Latin-1 so nothing is lost.
    private static string Text(ReadOnlyMemory<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes.Span) ? Encoding.UTF8.GetString(bytes.Span) : Encoding.Latin1.GetString(bytes.Span);
}

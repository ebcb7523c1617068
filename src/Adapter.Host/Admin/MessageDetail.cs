using System.Text;
using Adapter.Engine.Journal;

namespace Adapter.Host.Admin;

/// <summary>One journaled message in full, for <c>adapter messages show</c>: summary, raw message, acknowledgement and history.</summary>
public sealed record MessageDetail(MessageSummary Message, string Raw, string Ack, IReadOnlyList<MessageEvent> History)
{
    public static MessageDetail From(JournalMessage message) => new(
        MessageSummary.From(message.Record),
        Text(message.Raw),
        Text(message.Ack),
        message.Events.Select(journalEvent => new MessageEvent(journalEvent.At, journalEvent.Kind, journalEvent.Detail)).ToList());

    // Messages are mostly UTF-8 or ASCII; bytes that are not valid UTF-8 are shown as Latin-1 so nothing is lost.
    private static string Text(ReadOnlyMemory<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes.Span) ? Encoding.UTF8.GetString(bytes.Span) : Encoding.Latin1.GetString(bytes.Span);
}

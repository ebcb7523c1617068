using Adapter.Engine.Journal;

namespace Adapter.Host.Admin;

/// <summary>One journaled message as the admin API and <c>adapter messages list --format jsonl</c> show it: identity and status, no content.</summary>
public sealed record MessageSummary(
    long Id,
    string Listener,
    string? RemoteAddress,
    DateTimeOffset ReceivedAt,
    string SendingApplication,
    string SendingFacility,
    string MessageType,
    string ControlId,
    string Version,
    string Status,
    string? AckCode,
    string? Reason,
    int SizeBytes)
{
    public static MessageSummary From(JournalRecord record) => new(
        record.Id,
        record.Source,
        record.RemoteAddress,
        record.ReceivedAt,
        record.Identity.SendingApplication,
        record.Identity.SendingFacility,
        record.Identity.MessageType,
        record.Identity.ControlId,
        record.Identity.Version,
        record.Status.ToName(),
        record.AckCode,
        record.Reason,
        record.SizeBytes);
}

using Adapter.Engine.Outbox;

namespace Adapter.Host.Admin;

/// <summary>One queued outbound HL7 message as the admin API lists it: identity and state, never the content.</summary>
public sealed record OutboundMessageView(
    long Id,
    string Destination,
    long? MessageId,
    string ControlId,
    string MessageType,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    string? LastAckCode,
    string? LastError)
{
    public static OutboundMessageView From(OutboundMessage message) => new(
        message.Id,
        message.Destination,
        message.MessageId,
        message.ControlId,
        message.MessageType,
        message.Status.ToName(),
        message.Attempts,
        message.CreatedAt,
        message.DueAt,
        message.LastAckCode,
        message.LastError);
}

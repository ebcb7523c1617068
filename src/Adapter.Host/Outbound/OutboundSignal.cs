using Adapter.Engine.Delivery;

namespace Adapter.Host.Outbound;

/// <summary>Wakes the outbound queue when a message is queued or requeued.</summary>
internal sealed record OutboundSignal(WorkSignal Queued);

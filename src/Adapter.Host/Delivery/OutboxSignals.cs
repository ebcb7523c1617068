using Adapter.Engine.Delivery;

namespace Adapter.Host.Delivery;

/// <summary>The two wake-ups of the outbox: a message was journaled (for the router), operations were added (for delivery).</summary>
internal sealed record OutboxSignals(WorkSignal MessagesJournaled, WorkSignal OperationsAdded);

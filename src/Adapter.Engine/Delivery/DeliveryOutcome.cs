namespace Adapter.Engine.Delivery;

/// <summary>How an attempt ended, as the worker acts on it.</summary>
public enum DeliveryOutcome
{
    /// <summary>The partner took it.</summary>
    Succeeded,

    /// <summary>Worth trying again: a network failure, a timeout, 408, 429 or a server error.</summary>
    Transient,

    /// <summary>The partner refused it for what it is (another 4xx, a validation problem): dead-lettered with the reason.</summary>
    Permanent,

    /// <summary>The call never left, because the partner's circuit is open: not an attempt.</summary>
    NotAttempted,
}

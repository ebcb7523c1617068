namespace Adapter.Engine.Outbound;

/// <summary>How the outbound HL7 queue retries and looks for work (configuration section <c>Outbound</c>, beside its destinations).</summary>
public sealed record OutboundOptions
{
    /// <summary>How often a destination's queue is looked at when nothing signals new work.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The first retry's delay after a rejection, timeout or lost connection; doubled per attempt.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between retries: a hospital engine that comes back is served within it.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Tries after which a message the destination keeps refusing (AR, CR) or answering unreadably
    /// is parked for a person, so it does not hold the destination's queue for ever. A destination
    /// that cannot be reached is tried for as long as it takes.
    /// </summary>
    public int MaxRefusals { get; init; } = 10;
}

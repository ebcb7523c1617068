using System.ComponentModel.DataAnnotations;

namespace Adapter.Engine.Delivery;

/// <summary>The delivery workers: configuration section <c>Delivery</c>.</summary>
public sealed record DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Operations run at once, across partners (one at a time per ordering key).</summary>
    [Range(1, 256)]
    public int Concurrency { get; init; } = 8;

    /// <summary>
    /// How long a claim holds an operation. It must outlast an attempt with its quick retries; a
    /// worker that dies holding one gives it back when it expires (at once, on the embedded store, at restart).
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the outbox is looked at when nothing signals new work.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>What applies to every partner not named in <see cref="Partners"/>.</summary>
    public PartnerDeliveryOptions Defaults { get; init; } = new();

    /// <summary>Per-partner settings by partner name; what a partner section leaves out takes the built-in default, not <see cref="Defaults"/>.</summary>
    public IReadOnlyDictionary<string, PartnerDeliveryOptions> Partners { get; init; } = new Dictionary<string, PartnerDeliveryOptions>();

    public PartnerDeliveryOptions For(string partner) => Partners.GetValueOrDefault(partner) ?? Defaults;
}

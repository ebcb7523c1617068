using System.ComponentModel.DataAnnotations;

namespace Adapter.Engine.Delivery;

/// <summary>The delivery workers: configuration section <c>Delivery</c>.</summary>
public sealed record DeliveryOptions : IValidatableObject
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

    /// <summary>How long calls in flight at a stop may take to finish and be recorded (keep it below the host's shutdown timeout, 30 s).</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>What applies to every partner not named in <see cref="Partners"/>.</summary>
    public PartnerDeliveryOptions Defaults { get; init; } = new();

    /// <summary>Per-partner settings by partner name; what a partner section leaves out takes the built-in default, not <see cref="Defaults"/>.</summary>
    public IReadOnlyDictionary<string, PartnerDeliveryOptions> Partners { get; init; } = new Dictionary<string, PartnerDeliveryOptions>();

    public PartnerDeliveryOptions For(string partner) => Partners.GetValueOrDefault(partner) ?? Defaults;

    /// <summary>Checks every partner's settings too (data annotations do not look inside), and that a lease outlasts an attempt.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval <= TimeSpan.Zero || Lease <= TimeSpan.Zero || ShutdownGrace < TimeSpan.Zero)
        {
            yield return new ValidationResult("Delivery: PollInterval and Lease must be positive, ShutdownGrace not negative.", [nameof(PollInterval)]);
        }

        foreach (var (name, partner) in Partners.Select(pair => ($"Delivery:Partners:{pair.Key}", pair.Value)).Prepend(("Delivery:Defaults", Defaults)))
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(partner, new ValidationContext(partner), results, validateAllProperties: true);
            foreach (var result in results.Concat(partner.CheckTimes(Lease)))
            {
                yield return new ValidationResult($"{name}: {result.ErrorMessage}", [nameof(Partners)]);
            }
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Adapter.Engine.Outbound;

namespace Adapter.Host.Outbound;

/// <summary>The outbound HL7 queue: configuration section <c>Outbound</c>.</summary>
public sealed record OutboundConfiguration : IValidatableObject
{
    public const string Section = "Outbound";

    /// <summary>The hospital destinations by name (the name mapping files give in <c>return.hl7.destination</c>).</summary>
    public Dictionary<string, OutboundDestinationOptions> Destinations { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    public OutboundOptions ToOptions() => new() { PollInterval = PollInterval, RetryBaseDelay = RetryBaseDelay, RetryMaxDelay = RetryMaxDelay };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, destination) in Destinations)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(destination, new ValidationContext(destination), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult($"Outbound:Destinations:{name}: {result.ErrorMessage}", [nameof(Destinations)]);
            }

            if (destination.AckTimeout <= TimeSpan.Zero || destination.ConnectTimeout <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"Outbound:Destinations:{name}: AckTimeout and ConnectTimeout must be positive.", [nameof(Destinations)]);
            }
        }

        if (RetryBaseDelay <= TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay || PollInterval <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Outbound: PollInterval and RetryBaseDelay must be positive, and RetryMaxDelay at least RetryBaseDelay.", [nameof(RetryMaxDelay)]);
        }
    }
}

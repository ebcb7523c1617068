using System.ComponentModel.DataAnnotations;
using Adapter.Fhir.Conversion;

namespace Adapter.Host.Delivery;

/// <summary>How the service converts received HL7 v2 to the canonical Bundle (configuration section <c>Conversion</c>).</summary>
public sealed record ConversionOptions : IValidatableObject
{
    public const string Section = "Conversion";

    /// <summary>The time zone of timestamps sent without an offset (an IANA id such as Europe/Amsterdam).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Assigning authorities (CX-4, EI-2, HD) and the URI their identifiers get as a system.</summary>
    public Dictionary<string, string> IdentifierSystems { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public V2ToFhirOptions ToConverterOptions() => new()
    {
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        IdentifierSystems = new Dictionary<string, string>(IdentifierSystems, StringComparer.OrdinalIgnoreCase),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Conversion:TimeZone '{TimeZone}' is not a time zone this machine knows (try an IANA id such as Europe/Amsterdam).", [nameof(TimeZone)]);
        }

        foreach (var (authority, system) in IdentifierSystems.Where(pair => !Uri.TryCreate(pair.Value, UriKind.Absolute, out _)))
        {
            yield return new ValidationResult($"Conversion:IdentifierSystems:{authority} '{system}' is not an absolute URI.", [nameof(IdentifierSystems)]);
        }
    }
}

using Adapter.Fhir.Identity;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;

namespace Adapter.Fhir.Conversion;

/// <summary>What every mapper of one message shares: options, warnings, the Bundle being built.</summary>
internal sealed class ConversionContext(Hl7Message message, V2ToFhirOptions options)
{
    public Hl7Message Message { get; } = message;

    public V2ToFhirOptions Options { get; } = options;

    public ConversionIssues Issues { get; } = new();

    public BundleAssembler Bundle { get; } = new();

    public IdentifierSystems Systems { get; } = new(options.IdentifierSystems);

    /// <summary>MSH-4: the authority of identifiers sent without one.</summary>
    public HierarchicDesignator? SendingFacility { get; } = HierarchicDesignator.Read(message.Header.Field(4));

    /// <summary>MSH-3, MSH-4 and MSH-10: the scope of keys of resources that have no identifier of their own.</summary>
    public string MessageKey { get; } =
        $"{message.Header.Field(3).Er7}|{message.Header.Field(4).Er7}|{message.Header.Field(10).Er7}";

    public TimeZoneInfo TimeZone => Options.TimeZone;
}

using Adapter.Fhir.Identity;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;

namespace Adapter.Fhir.Conversion;

/// <summary>What every mapper of one message shares: options, warnings, the Bundle being built.</summary>
internal sealed class ConversionContext(Hl7Message message, V2ToFhirOptions options, Messages.MessageKind kind)
{
    public Messages.MessageKind Kind { get; } = kind;

    public Hl7Message Message { get; } = message;

    public V2ToFhirOptions Options { get; } = options;

    public ConversionIssues Issues { get; } = new();

    public BundleAssembler Bundle { get; } = new(MessageKeyOf(message));

    public IdentifierSystems Systems { get; } = new(options.IdentifierSystems);

    /// <summary>MSH-4: the authority of identifiers sent without one.</summary>
    public HierarchicDesignator? SendingFacility { get; } = HierarchicDesignator.Read(message.Header.Field(4));

    /// <summary>
    /// MSH-3, MSH-4, MSH-10 and MSH-7: the scope of keys of resources that have no identifier of their
    /// own. The time is there because senders reuse control ids.
    /// </summary>
    public string MessageKey { get; } = MessageKeyOf(message);

    public TimeZoneInfo TimeZone => Options.TimeZone;

    // Decoded values joined with ^, so the key does not depend on the delimiters the sender chose.
    private static string MessageKeyOf(Hl7Message message) =>
        $"{Hl7Text.Canonical(message.Header.Field(3))}|{Hl7Text.Canonical(message.Header.Field(4))}|{message.Header.Field(10).Value}|{message.Header.Field(7).Value}";
}

using Adapter.Fhir.Identity;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;

namespace Adapter.Fhir.Conversion;

/// <summary>What every mapper of one message shares: options, warnings, the Bundle being built.</summary>
internal sealed class ConversionContext
{
    public ConversionContext(Hl7Message message, V2ToFhirOptions options, Messages.MessageKind kind)
    {
        Message = message;
        Options = options;
        Kind = kind;
        MessageKey = MessageKeyOf(message);
        Bundle = new BundleAssembler(MessageKey);
        Systems = new IdentifierSystems(options.IdentifierSystems);
        SendingFacility = HierarchicDesignator.Read(message.Header.Field(4));
    }

    public Messages.MessageKind Kind { get; }

    public Hl7Message Message { get; }

    public V2ToFhirOptions Options { get; }

    public ConversionIssues Issues { get; } = new();

    public BundleAssembler Bundle { get; }

    public IdentifierSystems Systems { get; }

    /// <summary>MSH-4: the authority of identifiers sent without one.</summary>
    public HierarchicDesignator? SendingFacility { get; }

    /// <summary>
    /// MSH-3, MSH-4, MSH-10 and MSH-7: the scope of keys of resources that have no identifier of their
    /// own. The time is there because senders reuse control ids.
    /// </summary>
    public string MessageKey { get; }

    public TimeZoneInfo TimeZone => Options.TimeZone;

    // Decoded values joined with ^, so the key does not depend on the delimiters the sender chose.
    private static string MessageKeyOf(Hl7Message message) =>
        $"{Hl7Text.Canonical(message.Header.Field(3))}|{Hl7Text.Canonical(message.Header.Field(4))}|{message.Header.Field(10).Value}|{message.Header.Field(7).Value}";
}

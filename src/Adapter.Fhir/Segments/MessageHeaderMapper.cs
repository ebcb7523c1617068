using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>MSH to MessageHeader (the IG's MSH[MessageHeader]) and to the Bundle's identifier and timestamp (MSH[Bundle]).</summary>
internal static class MessageHeaderMapper
{
    public static void Map(ConversionContext context, SourceSegment msh, MessageHeader header, ResourceReference? sender)
    {
        var type = msh.Field(9).FirstRepetition();
        header.Event = new Coding(CodingSystems.V2("0003"), type.TextOf(2), string.Join('^', new[] { type.TextOf(1), type.TextOf(2), type.TextOf(3) }.Where(part => part is not null)));
        header.Source = new MessageHeader.MessageSourceComponent
        {
            Name = msh.Field(3).FirstRepetition().TextOf(1),
            Software = msh.Field(3).FirstRepetition().TextOf(2),
            Endpoint = Endpoint(context, HierarchicDesignator.Read(msh.Field(3))),
        };
        header.Sender = sender;
        if (HierarchicDesignator.Read(msh.Field(5)) is { } receiving)
        {
            header.Destination.Add(new MessageHeader.MessageDestinationComponent
            {
                Name = receiving.NamespaceId,
                Endpoint = Endpoint(context, receiving),
                Receiver = Organizations.FromHd(context, HierarchicDesignator.Read(msh.Field(6))),
            });
        }

        if (msh.Field(11).FirstRepetition().TextOf(1) is { } processing)
        {
            header.Meta = new Meta { Tag = [new Coding(CodingSystems.V2("0103"), processing)] };
        }
    }

    public static void MapBundle(ConversionContext context, SourceSegment msh, Bundle bundle)
    {
        bundle.TimestampElement = FhirDates.Instant(context, msh.Field(7), msh.At(7));
        if (msh.Field(10).Text() is { } controlId)
        {
            bundle.Identifier = new Identifier(Endpoint(context, HierarchicDesignator.Read(msh.Field(3))), controlId);
        }
    }

    // The IG writes an application's OID or UUID as a URN; a name alone gets our stable URN.
    private static string Endpoint(ConversionContext context, HierarchicDesignator? application) =>
        context.Systems.SystemOf(application) ?? "urn:adapter:application:unknown";
}

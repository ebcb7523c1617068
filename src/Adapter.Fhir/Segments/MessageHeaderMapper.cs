using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Identity;
using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>
/// MSH to MessageHeader (the IG's MSH[MessageHeader]: MSH-24/25 are the network addresses, else
/// MSH-3/5) and to the Bundle's identifier and timestamp (MSH[Bundle]).
/// </summary>
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
            EndpointElement = Endpoint(HierarchicDesignator.Read(msh.Field(24)) ?? HierarchicDesignator.Read(msh.Field(3))),
        };
        header.Sender = sender;
        var receiving = HierarchicDesignator.Read(msh.Field(5));
        var receiver = Organizations.FromHd(context, HierarchicDesignator.Read(msh.Field(6)));
        if (receiving is not null || receiver is not null)
        {
            header.Destination.Add(new MessageHeader.MessageDestinationComponent
            {
                Name = receiving?.NamespaceId,
                EndpointElement = Endpoint(HierarchicDesignator.Read(msh.Field(25)) ?? receiving),
                Receiver = receiver,
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
            bundle.Identifier = new Identifier(context.Systems.SystemOf(HierarchicDesignator.Read(msh.Field(3))), controlId);
        }
    }

    // The IG writes an application's OID, UUID, DNS name or URI as the endpoint; for a bare name
    // the endpoint is unknown (data-absent-reason), not made up.
    private static FhirUrl Endpoint(HierarchicDesignator? application)
    {
        var uri = string.Equals(application?.UniversalIdType, "DNS", StringComparison.OrdinalIgnoreCase)
            ? "urn:dns:" + application!.UniversalId
            : UniversalIds.ToUri(application);
        if (uri is not null)
        {
            return new FhirUrl(uri);
        }

        var unknown = new FhirUrl();
        unknown.Extension.Add(new Extension(UnknownConcepts.DataAbsentReason, new Code("unknown")));
        return unknown;
    }
}

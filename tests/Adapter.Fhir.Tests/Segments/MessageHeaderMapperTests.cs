using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>MSH to MessageHeader and the Bundle's identifier and timestamp (the IG's MSH[MessageHeader], MSH[Bundle]).</summary>
public sealed class MessageHeaderMapperTests
{
    [Fact]
    public void Map_MessageType_IsEventCodingInTable0003()
    {
        // Act
        var header = Conversions.Result().Bundle.Only<MessageHeader>();

        // Assert
        var coding = Assert.IsType<Coding>(header.Event);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0003", coding.System);
        Assert.Equal("R01", coding.Code);
        Assert.Equal("ORU^R01^ORU_R01", coding.Display);
    }

    [Fact]
    public void Map_SendingFacility_IsSenderOrganization()
    {
        // Act
        var bundle = Conversions.Result().Bundle;

        // Assert
        var sender = bundle.Resolve<Organization>(bundle.Only<MessageHeader>().Sender);
        Assert.Equal("FAC", sender.Name);
    }

    [Fact]
    public void Map_FirstEntry_IsMessageHeaderWithReportAsFocus()
    {
        // Act
        var bundle = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||F").Bundle;

        // Assert
        var header = Assert.IsType<MessageHeader>(bundle.Entry[0].Resource);
        Assert.Same(bundle.Only<DiagnosticReport>(), bundle.Resolve<DiagnosticReport>(Assert.Single(header.Focus)));
    }

    [Fact]
    public void MapBundle_ControlId_IsBundleIdentifier()
    {
        // Act
        var bundle = Conversions.Result().Bundle;

        // Assert
        Assert.Equal("MSG00001", bundle.Identifier?.Value);
        Assert.Equal("urn:adapter:authority:LAB", bundle.Identifier?.System);
    }

    [Fact]
    public void MapBundle_MessageTimeWithOffset_IsTimestamp()
    {
        // Act
        var bundle = Conversions.Segments("MSH|^~\\&|LAB|FAC|RCV|RFAC|20261120141530-0500||ORU^R01|MSG1|P|2.5.1", TestMessages.Patient).Bundle;

        // Assert
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 14, 15, 30, TimeSpan.FromHours(-5)), bundle.Timestamp);
    }

    [Fact]
    public void Map_ProcessingId_IsMetaTag()
    {
        // Act
        var header = Conversions.Result().Bundle.Only<MessageHeader>();

        // Assert
        var tag = Assert.Single(header.Meta?.Tag ?? []);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0103", tag.System);
        Assert.Equal("P", tag.Code);
    }
}

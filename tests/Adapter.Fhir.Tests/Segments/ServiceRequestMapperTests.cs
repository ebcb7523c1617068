using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>ORC and OBR to ServiceRequest (the IG's ORC[ServiceRequest] and OBR[ServiceRequest]).</summary>
public sealed class ServiceRequestMapperTests
{
    [Theory]
    [InlineData("NW", "CM", RequestStatus.Completed)]
    [InlineData("NW", "CA", RequestStatus.Revoked)]
    [InlineData("SC", "IP", RequestStatus.Active)]
    [InlineData("SC", "HD", RequestStatus.OnHold)]
    public void Map_OrderStatus_WinsOverOrderControl(string control, string status, RequestStatus expected)
    {
        // Act
        var request = Order($"ORC|{control}|P1^EHR|||{status}").Bundle.Only<ServiceRequest>();

        // Assert
        Assert.Equal(expected, request.Status);
    }

    [Theory]
    [InlineData("NW", RequestStatus.Active)]
    [InlineData("OC", RequestStatus.Revoked)]
    [InlineData("OH", RequestStatus.OnHold)]
    public void Map_NoOrderStatus_TakesOrderControl(string control, RequestStatus expected)
    {
        // Act
        var request = Order($"ORC|{control}|P1^EHR").Bundle.Only<ServiceRequest>();

        // Assert
        Assert.Equal(expected, request.Status);
    }

    [Fact]
    public void Map_OrderControlWithoutStatus_IsUnknownWithWarning()
    {
        // Act: table 0119 gives no status for RE (observations to follow).
        var result = Order("ORC|RE|P1^EHR");

        // Assert
        Assert.Equal(RequestStatus.Unknown, result.Bundle.Only<ServiceRequest>().Status);
        Assert.Single(result.Outcome.IssuesAt("ORC-1"));
    }

    [Fact]
    public void Map_ReflexResultStatus_IsReflexOrder()
    {
        // Act
        var request = Order("ORC|NW|P1^EHR", SegmentText.Of("OBR", (1, "1"), (2, "P1^EHR"), (4, "58410-2^CBC^LN"), (11, "G"))).Bundle.Only<ServiceRequest>();

        // Assert
        Assert.Equal(RequestIntent.ReflexOrder, request.Intent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("L")]
    public void Map_OtherSpecimenActionCode_IsOrder(string action)
    {
        // Act
        var request = Order("ORC|NW|P1^EHR", SegmentText.Of("OBR", (1, "1"), (2, "P1^EHR"), (4, "58410-2^CBC^LN"), (11, action))).Bundle.Only<ServiceRequest>();

        // Assert
        Assert.Equal(RequestIntent.Order, request.Intent);
    }

    [Fact]
    public void Map_PlacerAndFiller_AreTypedIdentifiers()
    {
        // Act
        var request = Order("ORC|NW|P1^EHR|F1^LIS").Bundle.Only<ServiceRequest>();

        // Assert
        Assert.Equal(["PLAC", "FILL"], request.Identifier.Select(identifier => identifier.Type?.Coding[0].Code));
        Assert.Equal(["P1", "F1"], request.Identifier.Select(identifier => identifier.Value));
        Assert.All(request.Identifier, identifier => Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0203", identifier.Type?.Coding[0].System));
    }

    [Fact]
    public void Map_PlacerOnlyInObr_IsTakenFromObr()
    {
        // Act
        var request = Order("ORC|NW", "OBR|1|P9^EHR||58410-2^CBC^LN").Bundle.Only<ServiceRequest>();

        // Assert
        var placer = Assert.Single(request.Identifier);
        Assert.Equal("P9", placer.Value);
        Assert.Equal("PLAC", placer.Type?.Coding[0].Code);
    }

    [Fact]
    public void Map_PlacerGroupNumber_IsRequisition()
    {
        // Act
        var request = Order("ORC|NW|P1^EHR||G7^EHR").Bundle.Only<ServiceRequest>();

        // Assert
        Assert.Equal("G7", request.Requisition?.Value);
        Assert.Equal("PGN", request.Requisition?.Type?.Coding[0].Code);
    }

    [Fact]
    public void Map_OrderingProvider_IsRequester()
    {
        // Act
        var bundle = Order("ORC|NW|P1^EHR||||||||||1234^DOC^DAVE^^^DR").Bundle;

        // Assert
        var practitioner = bundle.Resolve<Practitioner>(bundle.Only<ServiceRequest>().Requester);
        Assert.Equal("1234", practitioner.Identifier[0].Value);
        Assert.Equal("DOC", practitioner.Name[0].Family);
    }

    [Fact]
    public void Map_NoOrderingProviderInOrc_TakesObr16()
    {
        // Act
        var bundle = Order("ORC|NW|P1^EHR", SegmentText.Of("OBR", (1, "1"), (2, "P1^EHR"), (4, "58410-2^CBC^LN"), (16, "5678^ORDERER^OLGA"))).Bundle;

        // Assert
        Assert.Equal("ORDERER", bundle.Resolve<Practitioner>(bundle.Only<ServiceRequest>().Requester).Name[0].Family);
    }

    [Fact]
    public void Map_OrderCode_IsCode()
    {
        // Act
        var request = Order("ORC|NW|P1^EHR").Bundle.Only<ServiceRequest>();

        // Assert
        Assert.Equal("58410-2", request.Code?.Coding[0].Code);
        Assert.Equal("http://loinc.org", request.Code?.Coding[0].System);
    }

    [Fact]
    public void Map_PriorityInQuantityTiming_IsPriority()
    {
        // Act
        var request = Order("ORC|NW|P1^EHR", SegmentText.Of("OBR", (1, "1"), (2, "P1^EHR"), (4, "58410-2^CBC^LN"), (27, "1^^^20240115093000^^S"))).Bundle.Only<ServiceRequest>();

        // Assert
        Assert.Equal(RequestPriority.Stat, request.Priority);
        Assert.Equal("2024-01-15T09:30:00+00:00", Assert.IsType<FhirDateTime>(request.Occurrence).Value);
    }

    [Fact]
    public void Map_InOrderMessage_SubjectIsPatient()
    {
        // Act
        var bundle = Order("ORC|NW|P1^EHR").Bundle;

        // Assert
        Assert.Same(bundle.Only<Patient>(), bundle.Resolve<Patient>(bundle.Only<ServiceRequest>().Subject));
    }

    private static Fhir.Conversion.ConversionResult Order(string orc, string obr = "OBR|1|P1^EHR||58410-2^CBC^LN") =>
        Conversions.Segments(TestMessages.OrmHeader, TestMessages.Patient, orc, obr);
}

using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Vocabulary;

/// <summary>ORC-5 (table 0038, the IG's OrderStatus map) and ORC-1 (table 0119, OrderControlCode[ServiceRequest.status]).</summary>
public sealed class OrderStatusesTests
{
    [Theory]
    [InlineData("CA", RequestStatus.Revoked)]
    [InlineData("CM", RequestStatus.Completed)]
    [InlineData("DC", RequestStatus.Revoked)]
    [InlineData("ER", RequestStatus.EnteredInError)]
    [InlineData("HD", RequestStatus.OnHold)]
    [InlineData("IP", RequestStatus.Active)]
    [InlineData("RP", RequestStatus.Revoked)]
    [InlineData("SC", RequestStatus.Active)]
    public void FromOrderStatus_Table0038Code_GivesIgStatus(string code, RequestStatus expected)
    {
        // Act
        var status = OrderStatuses.FromOrderStatus(code);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("NW", RequestStatus.Active)]
    [InlineData("OK", RequestStatus.Active)]
    [InlineData("CA", RequestStatus.Active)]
    [InlineData("OC", RequestStatus.Revoked)]
    [InlineData("DC", RequestStatus.Revoked)]
    [InlineData("HR", RequestStatus.OnHold)]
    [InlineData("OH", RequestStatus.OnHold)]
    [InlineData("FU", RequestStatus.Completed)]
    public void FromOrderControl_Table0119Code_GivesIgStatus(string code, RequestStatus expected)
    {
        // Act
        var status = OrderStatuses.FromOrderControl(code);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("RE")]
    [InlineData("SC")]
    [InlineData("XO")]
    [InlineData(null)]
    public void FromOrderControl_CodeTheIgLeavesBlank_GivesNull(string? code)
    {
        // Act
        var status = OrderStatuses.FromOrderControl(code);

        // Assert
        Assert.Null(status);
    }
}

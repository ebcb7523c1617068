using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Vocabulary;

/// <summary>Table 0085 to Observation.status, after the IG's ObservationResultStatusCodesInterpretation map.</summary>
public sealed class ObservationStatusesTests
{
    [Theory]
    [InlineData("F", ObservationStatus.Final)]
    [InlineData("C", ObservationStatus.Corrected)]
    [InlineData("P", ObservationStatus.Preliminary)]
    [InlineData("X", ObservationStatus.Cancelled)]
    [InlineData("A", ObservationStatus.Amended)]
    [InlineData("D", ObservationStatus.EnteredInError)]
    [InlineData("W", ObservationStatus.EnteredInError)]
    [InlineData("f", ObservationStatus.Final)]
    public void From_CodeTheIgMaps_GivesIgStatus(string code, ObservationStatus expected)
    {
        // Act
        var status = ObservationStatuses.From(code);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("N")]
    [InlineData("Q")]
    public void From_NoOrUnknownCode_IsUnknown(string? code)
    {
        // Act
        var status = ObservationStatuses.From(code);

        // Assert
        Assert.Equal(ObservationStatus.Unknown, status);
    }
}

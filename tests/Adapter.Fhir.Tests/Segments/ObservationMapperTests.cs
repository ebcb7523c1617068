using Adapter.Fhir.Conversion;
using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>OBX to Observation (the IG's OBX[Observation]): range, flags, status, time, links.</summary>
public sealed class ObservationMapperTests
{
    [Fact]
    public void Map_RangeLowHigh_GivesLowHighAndText()
    {
        // Act
        var observation = Conversions.Result("OBX|1|NM|2823-3^Potassium^LN||3.3|mmol/L^mmol/L^UCUM|3.5-5.0|L|||F").Bundle.Only<Observation>();

        // Assert
        var range = Assert.Single(observation.ReferenceRange);
        Assert.Equal("3.5-5.0", range.Text);
        Assert.Equal(3.5m, range.Low?.Value);
        Assert.Equal(5.0m, range.High?.Value);
        Assert.Equal("mmol/L", range.Low?.Code);
    }

    [Fact]
    public void Map_RangeBelow_GivesHighOnly()
    {
        // Act
        var observation = Conversions.Result("OBX|1|NM|1988-5^CRP^LN||2|mg/L^mg/L^UCUM|<5|N|||F").Bundle.Only<Observation>();

        // Assert
        var range = Assert.Single(observation.ReferenceRange);
        Assert.Null(range.Low);
        Assert.Equal(5m, range.High?.Value);
        Assert.Equal("<5", range.Text);
    }

    [Theory]
    [InlineData("H")]
    [InlineData("L")]
    [InlineData("A")]
    public void Map_AbnormalFlag_IsV3Interpretation(string flag)
    {
        // Act
        var observation = Conversions.Result($"OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|70-99|{flag}|||F").Bundle.Only<Observation>();

        // Assert
        var coding = Assert.Single(Assert.Single(observation.Interpretation).Coding);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", coding.System);
        Assert.Equal(flag, coding.Code);
    }

    [Theory]
    [InlineData("F", ObservationStatus.Final)]
    [InlineData("C", ObservationStatus.Corrected)]
    [InlineData("P", ObservationStatus.Preliminary)]
    [InlineData("X", ObservationStatus.Cancelled)]
    public void Map_ResultStatus_IsObservationStatus(string code, ObservationStatus expected)
    {
        // Act
        var observation = Conversions.Result($"OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|||||{code}").Bundle.Only<Observation>();

        // Assert
        Assert.Equal(expected, observation.Status);
    }

    [Fact]
    public void Map_CancelledWithoutValue_HasDataAbsentReason()
    {
        // Act
        var observation = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN|||mg/dL^mg/dL^UCUM|||||X").Bundle.Only<Observation>();

        // Assert
        Assert.Null(observation.Value);
        Assert.Equal(ObservationStatus.Cancelled, observation.Status);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/data-absent-reason", observation.DataAbsentReason?.Coding[0].System);
    }

    [Fact]
    public void Map_ObservationTime_IsEffective()
    {
        // Act
        var observation = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|||||F|||20240115074500").Bundle.Only<Observation>();

        // Assert
        Assert.Equal("2024-01-15T07:45:00+00:00", Assert.IsType<FhirDateTime>(observation.Effective).Value);
    }

    [Fact]
    public void Map_NoObservationTime_TakesOrderCollectionTime()
    {
        // Act: OBR-7 is 20240115080000.
        var observation = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|||||F").Bundle.Only<Observation>();

        // Assert
        Assert.Equal("2024-01-15T08:00:00+00:00", Assert.IsType<FhirDateTime>(observation.Effective).Value);
    }

    [Fact]
    public void Map_ObservationTimeWithoutOffset_IsInConfiguredZone()
    {
        // Arrange
        var options = new V2ToFhirOptions { TimeZone = Conversions.Amsterdam };

        // Act
        var observation = Conversions.Convert(TestMessages.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||F|||20240715074500"), options).Bundle.Only<Observation>();

        // Assert
        Assert.Equal("2024-07-15T07:45:00+02:00", Assert.IsType<FhirDateTime>(observation.Effective).Value);
    }

    [Fact]
    public void Map_InResult_LinksSubjectReportAndOrder()
    {
        // Act
        var bundle = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|||||F").Bundle;

        // Assert
        var observation = bundle.Only<Observation>();
        Assert.Same(bundle.Only<Patient>(), bundle.Resolve<Patient>(observation.Subject));
        Assert.Same(bundle.Only<ServiceRequest>(), bundle.Resolve<ServiceRequest>(Assert.Single(observation.BasedOn)));
        Assert.Same(observation, bundle.Resolve<Observation>(Assert.Single(bundle.Only<DiagnosticReport>().Result)));
    }

    [Fact]
    public void Map_CodeWithAlternate_KeepsLoincAndLocalCodings()
    {
        // Act
        var observation = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN^GLU^Glucose^L||112||||||F").Bundle.Only<Observation>();

        // Assert
        Assert.Equal(["http://loinc.org", "urn:adapter:codesystem:L"], observation.Code.Coding.Select(coding => coding.System));
        Assert.Equal(["2345-7", "GLU"], observation.Code.Coding.Select(coding => coding.Code));
    }

    [Fact]
    public void Map_NoCode_WarnsAndUsesDataAbsentCode()
    {
        // Act
        var result = Conversions.Result("OBX|1|NM|||112||||||F");

        // Assert
        var observation = result.Bundle.Only<Observation>();
        Assert.NotNull(observation.Code);
        Assert.Empty(observation.Code.Coding);
        Assert.Single(result.Outcome.IssuesAt("OBX-3"));
    }

    [Fact]
    public void Map_FillerIdentifier_IsConditionalUpdateOnIt()
    {
        // Act: a corrected result (OBX-11 C) must replace the preliminary one held under the same id.
        var bundle = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||C||||||||||OBS-77^LIS").Bundle;

        // Assert
        var observation = bundle.Only<Observation>();
        var identifier = Assert.Single(observation.Identifier);
        Assert.Equal("OBS-77", identifier.Value);
        Assert.Equal("FILL", identifier.Type?.Coding[0].Code);
        var request = bundle.EntryOf(observation).Request;
        Assert.Equal(Bundle.HTTPVerb.PUT, request?.Method);
        Assert.Equal("Observation?identifier=urn:adapter:authority:LIS|OBS-77", request?.Url);
        Assert.Null(request?.IfNoneExist);
    }
}

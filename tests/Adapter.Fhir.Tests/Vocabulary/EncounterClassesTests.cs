using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Vocabulary;

/// <summary>Table 0004 to Encounter.class and status, after the IG's PatientClass maps.</summary>
public sealed class EncounterClassesTests
{
    private const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    [Theory]
    [InlineData("E", "EMER")]
    [InlineData("I", "IMP")]
    [InlineData("O", "AMB")]
    [InlineData("P", "PRENC")]
    public void From_ClassWithV3Code_GivesActCode(string code, string expected)
    {
        // Act
        var coding = EncounterClasses.From(code);

        // Assert
        Assert.Equal(ActCode, coding.System);
        Assert.Equal(expected, coding.Code);
    }

    [Theory]
    [InlineData("R")]
    [InlineData("B")]
    [InlineData("N")]
    public void From_OtherClass_KeepsCodeInTable0004(string code)
    {
        // Act
        var coding = EncounterClasses.From(code);

        // Assert
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0004", coding.System);
        Assert.Equal(code, coding.Code);
    }

    [Theory]
    [InlineData("P", Encounter.EncounterStatus.Planned)]
    [InlineData("U", Encounter.EncounterStatus.Unknown)]
    [InlineData("I", Encounter.EncounterStatus.InProgress)]
    [InlineData("O", Encounter.EncounterStatus.InProgress)]
    [InlineData("E", Encounter.EncounterStatus.InProgress)]
    public void StatusFrom_Class_GivesIgStatus(string code, Encounter.EncounterStatus expected)
    {
        // Act
        var status = EncounterClasses.StatusFrom(code);

        // Assert
        Assert.Equal(expected, status);
    }
}

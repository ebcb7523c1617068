using Adapter.Fhir.Vocabulary;

namespace Adapter.Fhir.Tests.Vocabulary;

/// <summary>Table 0078 to v3 ObservationInterpretation, after the IG's InterpretationCodes map.</summary>
public sealed class InterpretationsTests
{
    private const string V3 = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    [Theory]
    [InlineData("H")]
    [InlineData("L")]
    [InlineData("HH")]
    [InlineData("N")]
    [InlineData("A")]
    [InlineData("POS")]
    public void From_CodeInIgMap_KeepsCodeInV3System(string code)
    {
        // Act
        var coding = Interpretations.From(code, null);

        // Assert
        Assert.Equal(V3, coding.System);
        Assert.Equal(code, coding.Code);
    }

    [Theory]
    [InlineData("< ", "<")]
    [InlineData("> ", ">")]
    public void From_ComparatorWithTrailingSpace_IsTrimmed(string sent, string expected)
    {
        // Act
        var coding = Interpretations.From(sent, null);

        // Assert
        Assert.Equal(V3, coding.System);
        Assert.Equal(expected, coding.Code);
    }

    [Theory]
    [InlineData("AC")]
    [InlineData("TOX")]
    public void From_CodeWithoutV3Target_StaysInTable0078(string code)
    {
        // Act
        var coding = Interpretations.From(code, "display");

        // Assert
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0078", coding.System);
        Assert.Equal(code, coding.Code);
        Assert.Equal("display", coding.Display);
    }
}

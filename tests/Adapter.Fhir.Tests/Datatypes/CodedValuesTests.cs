using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Tests.Support;

namespace Adapter.Fhir.Tests.Datatypes;

public sealed class CodedValuesTests
{
    [Fact]
    public void Concept_PrimaryAndAlternate_GivesTwoCodingsInOrder()
    {
        // Arrange
        var cwe = TestMessages.Field("OBX|1|CWE|5196-1^HBsAg^LN||LA6577-6^Negative^LN^NEG^Nonreactive^L", 5);

        // Act
        var concept = CodedValues.Concept(cwe);

        // Assert
        Assert.NotNull(concept);
        Assert.Collection(
            concept.Coding,
            primary =>
            {
                Assert.Equal("http://loinc.org", primary.System);
                Assert.Equal("LA6577-6", primary.Code);
                Assert.Equal("Negative", primary.Display);
            },
            alternate =>
            {
                Assert.Equal("urn:adapter:codesystem:L", alternate.System);
                Assert.Equal("NEG", alternate.Code);
                Assert.Equal("Nonreactive", alternate.Display);
            });
        Assert.Null(concept.Text);
    }

    [Fact]
    public void Concept_OriginalText_IsText()
    {
        // Arrange
        var cwe = TestMessages.Field("OBX|1|CWE|X^X^L||260385009^Negative^SCT^^^^^^negative for HBsAg", 5);

        // Act
        var concept = CodedValues.Concept(cwe);

        // Assert
        Assert.NotNull(concept);
        Assert.Equal("negative for HBsAg", concept.Text);
        Assert.Equal("http://snomed.info/sct", Assert.Single(concept.Coding).System);
    }

    [Fact]
    public void Concept_TextOnly_IsTextWithoutCoding()
    {
        // Arrange
        var cwe = TestMessages.Field("OBX|1|CWE|X^X^L||^Negative", 5);

        // Act
        var concept = CodedValues.Concept(cwe);

        // Assert
        Assert.NotNull(concept);
        Assert.Empty(concept.Coding);
        Assert.Equal("Negative", concept.Text);
    }

    [Fact]
    public void Concept_Hl7Table_MapsToTerminologyCodeSystem()
    {
        // Arrange
        var cwe = TestMessages.Field("OBX|1|CWE|X^X^L|||||A^Abnormal^HL70078", 8);

        // Act
        var concept = CodedValues.Concept(cwe);

        // Assert
        Assert.NotNull(concept);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0078", Assert.Single(concept.Coding).System);
    }

    [Fact]
    public void Concept_Empty_GivesNothing()
    {
        // Arrange
        var cwe = TestMessages.Field("OBX|1|CWE|X^X^L||", 5);

        // Act
        var concept = CodedValues.Concept(cwe);

        // Assert
        Assert.Null(concept);
    }

    [Fact]
    public void TableConcept_Code_UsesTableSystem()
    {
        // Arrange
        var id = TestMessages.Field("OBR|1|||X^X^L||||||||||||||||||||CH", 24);

        // Act
        var concept = CodedValues.TableConcept(id, "0074");

        // Assert
        Assert.NotNull(concept);
        var coding = Assert.Single(concept.Coding);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0074", coding.System);
        Assert.Equal("CH", coding.Code);
    }
}

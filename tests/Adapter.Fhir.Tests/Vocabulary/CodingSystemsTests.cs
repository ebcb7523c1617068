using Adapter.Fhir.Vocabulary;

namespace Adapter.Fhir.Tests.Vocabulary;

public sealed class CodingSystemsTests
{
    [Theory]
    [InlineData("LN", "http://loinc.org")]
    [InlineData("ln", "http://loinc.org")]
    [InlineData("SCT", "http://snomed.info/sct")]
    [InlineData("UCUM", "http://unitsofmeasure.org")]
    [InlineData("I10", "http://hl7.org/fhir/sid/icd-10")]
    [InlineData("I10C", "http://hl7.org/fhir/sid/icd-10-cm")]
    [InlineData("C4", "http://www.ama-assn.org/go/cpt")]
    [InlineData("CVX", "http://hl7.org/fhir/sid/cvx")]
    [InlineData("RXNORM", "http://www.nlm.nih.gov/research/umls/rxnorm")]
    [InlineData("HL70078", "http://terminology.hl7.org/CodeSystem/v2-0078")]
    public void UriOf_Table0396Name_GivesFhirUri(string name, string expected)
    {
        // Act
        var uri = CodingSystems.UriOf(name);

        // Assert
        Assert.Equal(expected, uri);
    }

    [Theory]
    [InlineData("L", "urn:adapter:codesystem:L")]
    [InlineData("99LAB", "urn:adapter:codesystem:99LAB")]
    [InlineData("MY CODES", "urn:adapter:codesystem:MY%20CODES")]
    public void UriOf_LocalName_GivesStableLocalUri(string name, string expected)
    {
        // Act
        var uri = CodingSystems.UriOf(name);

        // Assert
        Assert.Equal(expected, uri);
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Absolute));
    }

    [Theory]
    [InlineData("LN")]
    [InlineData("HL70078")]
    [InlineData("99LAB")]
    public void NameOf_UriFromName_GivesNameBack(string name)
    {
        // Act
        var back = CodingSystems.NameOf(CodingSystems.UriOf(name));

        // Assert
        Assert.Equal(name, back);
    }
}

using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Vocabulary;

/// <summary>Table 0001 to AdministrativeGender, after the IG's AdministrativeSex map.</summary>
public sealed class GendersTests
{
    [Theory]
    [InlineData("F", AdministrativeGender.Female)]
    [InlineData("M", AdministrativeGender.Male)]
    [InlineData("O", AdministrativeGender.Other)]
    [InlineData("U", AdministrativeGender.Unknown)]
    [InlineData("A", AdministrativeGender.Other)]
    [InlineData("N", AdministrativeGender.Other)]
    public void From_Table0001Code_GivesIgGender(string code, AdministrativeGender expected)
    {
        // Act
        var gender = Genders.From(code);

        // Assert
        Assert.Equal(expected, gender);
    }

    [Fact]
    public void From_UnknownCode_GivesNull()
    {
        // Act
        var gender = Genders.From("X");

        // Assert
        Assert.Null(gender);
    }
}

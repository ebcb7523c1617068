using Adapter.Fhir.Identity;

namespace Adapter.Fhir.Tests.Identity;

public sealed class SearchTokensTests
{
    [Fact]
    public void IdentifierQuery_SystemAndValue_IsSystemBarValue()
    {
        // Act
        var query = SearchTokens.IdentifierQuery("urn:oid:2.16.840.1.113883.19.5", "12345");

        // Assert
        Assert.Equal("identifier=urn:oid:2.16.840.1.113883.19.5|12345", query);
    }

    [Fact]
    public void IdentifierQuery_NoSystem_IsValueOnly()
    {
        // Act
        var query = SearchTokens.IdentifierQuery(null, "12345");

        // Assert
        Assert.Equal("identifier=12345", query);
    }

    [Theory]
    [InlineData("A|B", "A%5C%7CB")]
    [InlineData("A,B", "A%5C%2CB")]
    [InlineData("A$B", "A%5C%24B")]
    [InlineData("A\\B", "A%5C%5CB")]
    public void IdentifierQuery_TokenSeparatorInValue_IsBackslashEscapedAndPercentEncoded(string value, string expected)
    {
        // Act
        var query = SearchTokens.IdentifierQuery("urn:x", value);

        // Assert
        Assert.Equal("identifier=urn:x|" + expected, query);
    }

    [Theory]
    [InlineData("A B", "A%20B")]
    [InlineData("A&B", "A%26B")]
    [InlineData("A=B", "A%3DB")]
    [InlineData("A#B", "A%23B")]
    [InlineData("A+B", "A%2BB")]
    [InlineData("A%B", "A%25B")]
    [InlineData("Müller", "M%C3%BCller")]
    public void IdentifierQuery_QueryCharacterInValue_IsPercentEncoded(string value, string expected)
    {
        // Act
        var query = SearchTokens.IdentifierQuery("urn:x", value);

        // Assert
        Assert.Equal("identifier=urn:x|" + expected, query);
    }

    [Fact]
    public void IdentifierQuery_SystemWithSpace_IsEncodedToo()
    {
        // Act
        var query = SearchTokens.IdentifierQuery("urn:adapter:authority:MY%20HOSP", "1");

        // Assert
        Assert.Equal("identifier=urn:adapter:authority:MY%2520HOSP|1", query);
    }
}

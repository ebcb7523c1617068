using Adapter.Fhir.Identity;
using Adapter.Hl7v2.Types;

namespace Adapter.Fhir.Tests.Identity;

public sealed class IdentifierSystemsTests
{
    private static readonly IdentifierSystems Unconfigured = new(new Dictionary<string, string>());

    [Fact]
    public void SystemOf_IsoOid_IsUrnOid()
    {
        // Act
        var system = Unconfigured.SystemOf(new HierarchicDesignator("HOSP", "2.16.840.1.113883.19.5", "ISO"));

        // Assert
        Assert.Equal("urn:oid:2.16.840.1.113883.19.5", system);
    }

    [Fact]
    public void SystemOf_Uuid_IsUrnUuid()
    {
        // Act
        var system = Unconfigured.SystemOf(new HierarchicDesignator(null, "6F9619FF-8B86-D011-B42D-00C04FC964FF", "UUID"));

        // Assert
        Assert.Equal("urn:uuid:6f9619ff-8b86-d011-b42d-00c04fc964ff", system);
    }

    [Fact]
    public void SystemOf_Uri_IsTheUri()
    {
        // Act
        var system = Unconfigured.SystemOf(new HierarchicDesignator(null, "https://hosp.example.org/mrn", "URI"));

        // Assert
        Assert.Equal("https://hosp.example.org/mrn", system);
    }

    [Fact]
    public void SystemOf_ConfiguredNamespace_WinsOverOid()
    {
        // Arrange
        var systems = new IdentifierSystems(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["HOSP"] = "https://hosp.example.org/mrn" });

        // Act
        var system = systems.SystemOf(new HierarchicDesignator("hosp", "2.16.840.1.113883.19.5", "ISO"));

        // Assert
        Assert.Equal("https://hosp.example.org/mrn", system);
    }

    [Theory]
    [InlineData("HOSP", "urn:adapter:authority:HOSP")]
    [InlineData("MY HOSP", "urn:adapter:authority:MY%20HOSP")]
    [InlineData("A/B", "urn:adapter:authority:A%2FB")]
    public void SystemOf_UnknownName_IsStableAdapterUrn(string name, string expected)
    {
        // Act
        var system = Unconfigured.SystemOf(new HierarchicDesignator(name, null, null));

        // Assert
        Assert.Equal(expected, system);
        Assert.True(Uri.IsWellFormedUriString(system, UriKind.Absolute));
    }

    [Theory]
    [InlineData("2.16.840.01.1")]
    [InlineData("3.1.2")]
    [InlineData("2.16..840")]
    [InlineData("2")]
    public void SystemOf_IsoTypeWithInvalidOid_IsNotUrnOid(string universalId)
    {
        // Act
        var system = Unconfigured.SystemOf(new HierarchicDesignator("HOSP", universalId, "ISO"));

        // Assert
        Assert.Equal("urn:adapter:authority:HOSP", system);
    }

    [Fact]
    public void SystemOf_NoAuthority_IsNull()
    {
        // Act
        var system = Unconfigured.SystemOf(null);

        // Assert
        Assert.Null(system);
    }

    [Theory]
    [InlineData("2.16.840.1.113883.19.5", true)]
    [InlineData("1.2", true)]
    [InlineData("0.9", true)]
    [InlineData("2.16.0840", false)]
    [InlineData("4.1", false)]
    [InlineData("2.a", false)]
    [InlineData("1.", false)]
    [InlineData("2.16.", false)]
    [InlineData(".1.2", false)]
    [InlineData("12.1", false)]
    public void IsOid_Text_FollowsFhirOidPattern(string text, bool expected)
    {
        // Act
        var isOid = IdentifierSystems.IsOid(text);

        // Assert
        Assert.Equal(expected, isOid);
    }
}

using Adapter.Fhir.Identity;

namespace Adapter.Fhir.Tests.Identity;

public sealed class DeterministicIdsTests
{
    [Fact]
    public void From_SameKey_GivesSameId()
    {
        // Act
        var first = DeterministicIds.From("Patient|urn:oid:2.16.840.1.113883.19.5|12345");
        var second = DeterministicIds.From("Patient|urn:oid:2.16.840.1.113883.19.5|12345");

        // Assert
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("Patient|a|1", "Patient|a|2")]
    [InlineData("Observation|MSG1|1", "Observation|MSG1|2")]
    [InlineData("Patient|a|1", "patient|a|1")]
    public void From_DifferentKeys_GiveDifferentIds(string one, string other)
    {
        // Act
        var first = DeterministicIds.From(one);
        var second = DeterministicIds.From(other);

        // Assert
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Patient|urn:adapter:authority:HOSP|12345")]
    [InlineData("Observation|LAB|FAC|MSG1|OBR[1]|2345-7||1")]
    public void From_AnyKey_IsRfc9562Version8(string key)
    {
        // Act
        var id = DeterministicIds.From(key);

        // Assert
        Assert.Equal(8, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
    }

    [Fact]
    public void From_LongNonAsciiKey_IsStable()
    {
        // Arrange: beyond the stack buffer, with characters that take several UTF-8 bytes.
        var key = string.Concat(Enumerable.Repeat("Müller-Šťastný|", 100));

        // Act
        var first = DeterministicIds.From(key);
        var second = DeterministicIds.From(new string(key.AsSpan()));

        // Assert
        Assert.Equal(first, second);
        Assert.NotEqual(DeterministicIds.From(key[..^1]), first);
    }

    [Fact]
    public void From_KnownKey_GivesKnownId()
    {
        // Arrange: pinned, so a change of hash or layout (which would orphan every stored resource) is seen.
        var expected = Guid.Parse(KnownId("Patient|x"));

        // Act
        var id = DeterministicIds.From("Patient|x");

        // Assert
        Assert.Equal(expected, id);
    }

    // SHA-256 of the UTF-8 key, first 16 bytes, version nibble 8 and variant bits 10, read big-endian.
    private static string KnownId(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return Convert.ToHexString(hash).ToLowerInvariant().Insert(20, "-").Insert(16, "-").Insert(12, "-").Insert(8, "-");
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Adapter.Engine.Routing;

namespace Adapter.Engine.Tests.Resilience;

/// <summary><see cref="IdempotencyKeys.For"/>: stable, header-safe, and distinct for distinct operations.</summary>
public sealed class IdempotencyKeysTests
{
    private static readonly string[] Fields = ["LAB|HOSP|MSG0001", "acme", "create-report", "visit-1#1"];

    [Fact]
    public void For_SameInputsTwice_ReturnsTheSameKey()
    {
        // Arrange
        var first = IdempotencyKeys.For(Fields[0], Fields[1], Fields[2], Fields[3]);

        // Act
        var second = IdempotencyKeys.For(Fields[0], Fields[1], Fields[2], Fields[3]);

        // Assert
        Assert.Equal(first, second);
    }

    [Fact]
    public void For_KnownInputs_IsTheFirstHalfOfSha256OverTheDocumentedLayout()
    {
        // Arrange: "v1", then the four fields, each as its length, a colon and itself, as UTF-8; the first 16 bytes in lower-case hex.
        var layout = string.Concat(new[] { "v1" }.Concat(Fields).Select(field => $"{field.Length}:{field}"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(layout));
        var expected = string.Concat(hash.Take(16).Select(part => part.ToString("x2", CultureInfo.InvariantCulture)));

        // Act
        var key = IdempotencyKeys.For(Fields[0], Fields[1], Fields[2], Fields[3]);

        // Assert
        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData("LAB|HOSP|MSG0001", "acme", "create-report", "visit-1#1")]
    [InlineData("", "", "", "")]
    [InlineData("key:Müller-Überweisung", "docus", "interpretation", "first")]
    public void For_AnyInputs_Is32LowerCaseHexCharacters(string subject, string partner, string operation, string target)
    {
        // Arrange
        static bool IsLowerHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f');

        // Act
        var key = IdempotencyKeys.For(subject, partner, operation, target);

        // Assert
        Assert.Equal(32, key.Length);
        Assert.All(key, c => Assert.True(IsLowerHex(c), $"'{c}' is not a lower-case hex digit."));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void For_OneFieldChanged_ReturnsADifferentKey(int changed)
    {
        // Arrange
        var other = Fields.ToArray();
        other[changed] += "x";

        // Act
        var key = IdempotencyKeys.For(other[0], other[1], other[2], other[3]);

        // Assert
        Assert.NotEqual(IdempotencyKeys.For(Fields[0], Fields[1], Fields[2], Fields[3]), key);
    }

    [Fact]
    public void For_TwoFieldsSwapped_ReturnsADifferentKey()
    {
        // Arrange
        var original = IdempotencyKeys.For("a", "b", "op", "t");

        // Act
        var swapped = IdempotencyKeys.For("b", "a", "op", "t");

        // Assert
        Assert.NotEqual(original, swapped);
    }

    [Theory]
    [InlineData("|")]
    [InlineData("#")]
    [InlineData(":")]
    [InlineData("\t")]
    [InlineData("\u001F")]
    public void For_SeparatorMovedBetweenAdjacentFields_ReturnsDifferentKeys(string separator)
    {
        // Arrange: ("a|b", "c") against ("a", "b|c") at every pair of adjacent fields.
        var keys = new HashSet<string>(StringComparer.Ordinal);

        // Act
        for (var left = 0; left < 3; left++)
        {
            keys.Add(KeyWithSplit(left, $"a{separator}b", "c"));
            keys.Add(KeyWithSplit(left, "a", $"b{separator}c"));
        }

        // Assert
        Assert.Equal(6, keys.Count);
    }

    /// <summary>A key whose fields <paramref name="left"/> and <paramref name="left"/> + 1 are the two given, the others fixed.</summary>
    private static string KeyWithSplit(int left, string first, string second)
    {
        var fields = new[] { "s", "p", "o", "t" };
        fields[left] = first;
        fields[left + 1] = second;
        return IdempotencyKeys.For(fields[0], fields[1], fields[2], fields[3]);
    }
}

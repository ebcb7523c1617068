using Adapter.Mapping.Tests.Support;

namespace Adapter.Mapping.Tests.Documents;

public sealed class MappingDocumentTests
{
    [Fact]
    public void Read_OverIndentedKey_ReportsItAtTheKey()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("  reports: physicians", "    reports: physicians");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:6:5: The file is not valid YAML: While parsing a block mapping, did not find expected key.", Assert.Single(errors));
    }

    [Fact]
    public void Read_UnclosedFlowList_ReportsWhereTheListOpens()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("reports: physicians", "reports: [physicians");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        var error = Assert.Single(errors);
        Assert.StartsWith("m.yaml:6:12: The file is not valid YAML: ", error);
        Assert.DoesNotContain("current state of the object", error);
    }

    [Fact]
    public void Read_KeyWrittenTwice_ReportsTheSecondKey()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("  reports: physicians", "  reports: physicians\n  reports: both");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:7:3: The key 'reports' is written twice in the same block.", Assert.Single(errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# Nothing yet.\n")]
    public void Read_EmptyFile_SaysWhatAMappingNeeds(string yaml)
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:1:1: The file is empty; a mapping needs at least partner, kind, accept and operations.", Assert.Single(errors));
    }

    [Fact]
    public void Read_SecondDocument_ReportsWhereItStarts()
    {
        // Arrange
        var yaml = DocusLabsMapping.Valid + "---\npartner: other-labs\n";

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:27:1: A mapping file holds one document; remove the '---' and what follows, or move it to its own file.", Assert.Single(errors));
    }
}

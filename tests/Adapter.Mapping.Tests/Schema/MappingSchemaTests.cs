using Adapter.Mapping.Tests.Support;

namespace Adapter.Mapping.Tests.Schema;

public sealed class MappingSchemaTests
{
    private const string Kinds = "docus-labs, docus-medical-center, imaging-ai-retrieval, lis, qubs";

    [Fact]
    public void Validate_MissingTopLevelKey_NamesItWithItsDescription()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("accept:                                                 # 11\n  - listener: lab-results                               # 12\n    messageType: ORU^R01                                # 13\n", string.Empty);

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:1:1: 'accept' is missing here; the inbound messages this partner receives: any rule that matches accepts the message.", Assert.Single(errors));
    }

    [Fact]
    public void Validate_MisspeltTopLevelKey_ListsTheKeysAndSuggestsTheClosest()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("operations:", "operation:");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal(2, errors.Count);
        Assert.Equal("m.yaml:1:1: 'operations' is missing here; for each partner call to plan, how its fields are computed.", errors[0]);
        Assert.StartsWith("m.yaml:14:1: 'operation' is not a key allowed here (allowed: partner, kind, description, settings, auth, accept, operations, return, responses); did you mean 'operations'?", errors[1]);
    }

    [Fact]
    public void Validate_MisspeltTopLevelKey_EndsWithTheQuestion()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("operations:", "operation:");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Contains("m.yaml:14:1: 'operation' is not a key allowed here (allowed: partner, kind, description, settings, auth, accept, operations, return, responses); did you mean 'operations'?", errors);
    }

    [Fact]
    public void Validate_UnknownKind_ListsTheKinds()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("kind: docus-labs", "kind: docus-lab");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        var error = Assert.Single(errors);
        Assert.StartsWith("m.yaml:2:", error);
        Assert.EndsWith($"which is not one of: {Kinds}.", error);
    }

    [Fact]
    public void Validate_UnknownKind_QuotesTheValueWritten()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("kind: docus-labs", "kind: docus-lab");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Equal($"m.yaml:2:7: 'kind' is 'docus-lab', which is not one of: {Kinds}.", Assert.Single(errors));
    }

    [Fact]
    public void Validate_PartnerNameWithCapitalsAndUnderscore_SaysHowToWriteIt()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("partner: acme-labs", "partner: Acme_Labs");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        var error = Assert.Single(errors);
        Assert.StartsWith("m.yaml:1:", error);
        Assert.EndsWith("is not written as expected: the partner's name: lower case letters, digits and hyphens, unique across mapping files.", error);
    }

    [Fact]
    public void Validate_PartnerNameWithCapitalsAndUnderscore_QuotesTheValueWritten()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("partner: acme-labs", "partner: Acme_Labs");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Equal("m.yaml:1:10: 'partner' 'Acme_Labs' is not written as expected: the partner's name: lower case letters, digits and hyphens, unique across mapping files.", Assert.Single(errors));
    }

    [Fact]
    public void Validate_MessageTypeWithUnderscore_GivesTheFormExpected()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("messageType: ORU^R01", "messageType: ORU_R01");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:13:5: 'messageType' does not have a form allowed here: HL7 message type and trigger, e.g. ORU^R01; a list accepts any of them.", Assert.Single(errors));
    }

    [Fact]
    public void Validate_MessageTypeList_IsAccepted()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("messageType: ORU^R01", "messageType: [ORU^R01, ORM^O01]");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(["ORU^R01", "ORM^O01"], Assert.Single(mapping!.Accept).MessageTypes);
    }

    [Fact]
    public void Validate_PartnerAsNumber_SaysItMustBeText()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("partner: acme-labs", "partner: 123");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:1:10: 'partner' must be text.", Assert.Single(errors));
    }

    [Fact]
    public void Validate_EmptyOperations_NeedsOne()
    {
        // Arrange
        var yaml = DocusLabsMapping.Valid[..DocusLabsMapping.Valid.IndexOf("operations:", StringComparison.Ordinal)] + "operations: {}\n";

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:14:1: 'operations' needs at least one entry.", Assert.Single(errors));
    }
}

using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Vocabulary;

/// <summary>Table 0485 to ServiceRequest.priority: the IG maps S, A and R only.</summary>
public sealed class PrioritiesTests
{
    [Theory]
    [InlineData("S", RequestPriority.Stat)]
    [InlineData("A", RequestPriority.Asap)]
    [InlineData("R", RequestPriority.Routine)]
    public void From_MappedCode_GivesPriority(string code, RequestPriority expected)
    {
        // Act
        var priority = Priorities.From(code);

        // Assert
        Assert.Equal(expected, priority);
    }

    [Theory]
    [InlineData("P")]
    [InlineData("C")]
    [InlineData("T")]
    [InlineData("PRN")]
    public void From_CodeTheIgLeavesUnmapped_GivesNull(string code)
    {
        // Act
        var priority = Priorities.From(code);

        // Assert
        Assert.Null(priority);
    }
}

using Adapter.Mapping.Lookups;

namespace Adapter.Mapping.Tests.Lookups;

public sealed class CsvLineTests
{
    [Fact]
    public void Split_PlainCells_SplitsAtEachComma()
    {
        // Act
        var cells = CsvLine.Split("A1,718-7,Hemoglobin");

        // Assert
        Assert.Equal(["A1", "718-7", "Hemoglobin"], cells);
    }

    [Fact]
    public void Split_QuotedCellWithComma_KeepsTheComma()
    {
        // Act
        var cells = CsvLine.Split("\"Hb, blood\",718-7");

        // Assert
        Assert.Equal(["Hb, blood", "718-7"], cells);
    }

    [Fact]
    public void Split_DoubledQuoteInQuotedCell_IsOneQuote()
    {
        // Act
        var cells = CsvLine.Split("A1,\"the \"\"new\"\" code\"");

        // Assert
        Assert.Equal(["A1", "the \"new\" code"], cells);
    }

    [Fact]
    public void Split_EmptyCells_AreKept()
    {
        // Act
        var cells = CsvLine.Split("A1,,");

        // Assert
        Assert.Equal(["A1", string.Empty, string.Empty], cells);
    }

    [Fact]
    public void Split_QuoteInsideAnUnquotedCell_IsText()
    {
        // Act
        var cells = CsvLine.Split("5\" disk,x");

        // Assert
        Assert.Equal(["5\" disk", "x"], cells);
    }

    [Theory]
    [InlineData("\"A1,718-7")]
    [InlineData("A1,\"718-7")]
    [InlineData("A1,\"ends with a doubled quote\"\"")]
    public void Split_UnclosedQuote_IsNull(string line)
    {
        // Act
        var cells = CsvLine.Split(line);

        // Assert
        Assert.Null(cells);
    }
}

using Adapter.Mapping.Documents;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Tests.Support;

namespace Adapter.Mapping.Tests.Lookups;

public sealed class LookupTablesTests
{
    [Fact]
    public void Parse_Rows_TranslatesEachCode()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var table = LookupTables.Parse("lookups/codes.csv", "local,loinc\r\nA1,718-7\r\nA2,4544-3\r\n", errors);

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(table);
        Assert.Equal("codes", table.Name);
        Assert.Equal(2, table.Count);
        Assert.Equal("718-7", table.Find("A1"));
        Assert.Equal("4544-3", table.Find("A2"));
        Assert.Null(table.Find("local"));
        Assert.Null(table.Find("a1"));
    }

    [Fact]
    public void Parse_QuotedCells_KeepCommasAndQuotes()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var table = LookupTables.Parse("codes.csv", "local,display\n\"Hb, blood\",\"Hemoglobin \"\"Hb\"\"\"\n", errors);

        // Assert
        Assert.Empty(errors);
        Assert.Equal("Hemoglobin \"Hb\"", table!.Find("Hb, blood"));
    }

    [Fact]
    public void Parse_UnclosedQuote_RefusesTheTableAtThatRow()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var table = LookupTables.Parse("codes.csv", "local,loinc\nA1,718-7\n\"A2,4544-3\n", errors);

        // Assert
        Assert.Null(table);
        Assert.StartsWith("codes.csv:3:1: ", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Parse_UnclosedQuote_SaysTheQuoteIsNotClosed()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        LookupTables.Parse("codes.csv", "local,loinc\nA1,718-7\n\"A2,4544-3\n", errors);

        // Assert
        Assert.Equal("codes.csv:3:1: A quoted cell is not closed; end it with \" (write \"\" for a quote inside it).", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Parse_CodeListedTwice_ReportsTheSecond()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var table = LookupTables.Parse("codes.csv", "local,loinc\nA1,718-7\nA2,4544-3\nA1,789-8\n", errors);

        // Assert
        Assert.Null(table);
        Assert.Equal("codes.csv:4:1: The code 'A1' is listed twice; each code may appear once.", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Parse_RowWithOneColumn_AsksForTwo()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var table = LookupTables.Parse("codes.csv", "local,loinc\n\nA1\n", errors);

        // Assert
        Assert.Null(table);
        Assert.Equal("codes.csv:3:1: A row needs two columns: the code, then what it translates to.", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Parse_EveryBadRow_IsReported()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        LookupTables.Parse("codes.csv", "local,loinc\nA1\nA2,x\nA2,y\n", errors);

        // Assert
        Assert.Equal(
            [
                "codes.csv:2:1: A row needs two columns: the code, then what it translates to.",
                "codes.csv:4:1: The code 'A2' is listed twice; each code may appear once.",
            ],
            errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Parse_HeaderOnly_IsAnEmptyTable()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var table = LookupTables.Parse("codes.csv", "local,loinc\n", errors);

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(table);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Parse_EmptyText_AsksForAHeader()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var table = LookupTables.Parse("codes.csv", string.Empty, errors);

        // Assert
        Assert.Null(table);
        Assert.Equal("codes.csv:1:1: The first line must be a header naming the two columns, e.g. local_code,loinc.", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Read_Folder_NamesEachTableAfterItsFile()
    {
        // Arrange
        using var directory = new TempDirectory();
        directory.Write("lookups/units.csv", "local,ucum\nMG,mg\n");
        directory.Write("lookups/loinc.csv", "local,loinc\nA1,718-7\n");
        directory.Write("lookups/readme.txt", "not a table");
        var errors = new List<MappingError>();

        // Act
        var tables = LookupTables.Read(directory.Path, errors);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(["loinc", "units"], tables.Names);
        Assert.Equal("mg", tables.Find("units")!.Find("MG"));
        Assert.Null(tables.Find("readme"));
    }

    [Fact]
    public void Read_BadTable_IsLeftOutAndReportedUnderLookups()
    {
        // Arrange
        using var directory = new TempDirectory();
        directory.Write("lookups/good.csv", "local,loinc\nA1,718-7\n");
        directory.Write("lookups/bad.csv", "local,loinc\nA1\n");
        var errors = new List<MappingError>();

        // Act
        var tables = LookupTables.Read(directory.Path, errors);

        // Assert
        Assert.Equal("lookups/bad.csv:2:1: A row needs two columns: the code, then what it translates to.", Assert.Single(errors).ToString());
        Assert.Equal(["good"], tables.Names);
    }

    [Fact]
    public void Read_NoLookupsFolder_IsNoTables()
    {
        // Arrange
        using var directory = new TempDirectory();
        var errors = new List<MappingError>();

        // Act
        var tables = LookupTables.Read(directory.Path, errors);

        // Assert
        Assert.Empty(errors);
        Assert.Empty(tables.Names);
    }

    [Fact]
    public void Parse_QuoteInsideAnUnquotedCell_SaysHowToWriteIt()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var table = LookupTables.Parse("codes.csv", "local,display\nA1,5\" tall\n", errors);

        // Assert
        Assert.Null(table);
        Assert.Equal("codes.csv:2:1: A quote stands inside a cell that is not in quotes; put the whole cell in quotes and write the quote twice (\"\").", Assert.Single(errors).ToString());
    }
}

using Adapter.Mapping.Loading;
using Adapter.Mapping.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Mapping.Tests.Loading;

public sealed class MappingCatalogTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Reload_ValidFolder_PutsEveryPartnerInForce()
    {
        // Arrange
        _directory.Write("a.yaml", DocusLabsMapping.Valid);
        var catalog = Catalog();

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.Equal(["acme-labs"], snapshot.Partners.Select(partner => partner.Partner));
        Assert.Empty(snapshot.Problems);
        Assert.Equal(1, snapshot.Version);
        Assert.Same(snapshot, catalog.Current);
    }

    [Fact]
    public void Reload_FileBrokenAfterGood_KeepsTheLastGoodVersionAndReportsTheError()
    {
        // Arrange
        _directory.Write("a.yaml", DocusLabsMapping.Valid);
        var catalog = Catalog();
        var good = catalog.Reload().Find("acme-labs");
        _directory.Write("a.yaml", DocusLabsMapping.Valid.Replace("reports: physicians", "reports: everyone", StringComparison.Ordinal));

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.Same(good, snapshot.Find("acme-labs"));
        Assert.Equal("a.yaml:6:12: 'reports' is 'everyone', which is not one of: patients, physicians, both.", Assert.Single(snapshot.Problems).ToString());
    }

    [Fact]
    public void Reload_BrokenFileFixed_AppliesTheNewVersionAndClearsTheProblem()
    {
        // Arrange
        _directory.Write("a.yaml", DocusLabsMapping.Valid);
        var catalog = Catalog();
        catalog.Reload();
        _directory.Write("a.yaml", "partner: [");
        catalog.Reload();
        _directory.Write("a.yaml", DocusLabsMapping.Valid.Replace("data: \"'results'\"", "data: \"'fixed'\"", StringComparison.Ordinal));

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.Empty(snapshot.Problems);
        var data = snapshot.Find("acme-labs")!.Operations[0].Fields.Single(field => field.Name == "data");
        Assert.Equal("'fixed'", data.Expression!.Text);
        Assert.Equal(3, snapshot.Version);
    }

    [Fact]
    public void Reload_FileNeverValid_HasNoPartnerButItsErrors()
    {
        // Arrange
        _directory.Write("a.yaml", DocusLabsMapping.Valid);
        _directory.Write("b.yaml", DocusLabsMapping.Valid.Replace("partner: acme-labs", "partner: other-labs", StringComparison.Ordinal).Replace("kind: docus-labs", "kind: nobody", StringComparison.Ordinal));
        var catalog = Catalog();

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.Equal(["acme-labs"], snapshot.Partners.Select(partner => partner.Partner));
        Assert.All(snapshot.Problems, problem => Assert.Equal("b.yaml", problem.Position.File));
        Assert.NotEmpty(snapshot.Problems);
    }

    [Fact]
    public void Reload_FileDeleted_TakesItsPartnerOutOfForce()
    {
        // Arrange
        _directory.Write("a.yaml", DocusLabsMapping.Valid);
        var catalog = Catalog();
        catalog.Reload();
        File.Delete(Path.Combine(_directory.Path, "a.yaml"));

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.Empty(snapshot.Partners);
        Assert.Empty(snapshot.Problems);
    }

    [Fact]
    public void Reload_LookupTableBroken_KeepsItsLastGoodRows()
    {
        // Arrange
        _directory.Write("lookups/codes.csv", "local,loinc\nA1,718-7\n");
        _directory.Write("a.yaml", DocusLabsMapping.Valid.Replace("data: \"'results'\"", "data: \"lookup('codes', 'A1')\"", StringComparison.Ordinal));
        var catalog = Catalog();
        catalog.Reload();
        _directory.Write("lookups/codes.csv", "local,loinc\nA1,718-7\nA1,other\n");

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.Equal("718-7", snapshot.Lookups.Find("codes")?.Find("A1"));
        Assert.Contains(snapshot.Problems, problem => problem.Position.File == Path.Combine("lookups", "codes.csv"));
        Assert.NotNull(snapshot.Find("acme-labs"));
    }

    [Fact]
    public void Reload_NewFileTakingARunningPartnersName_KeepsTheRunningOne()
    {
        // Arrange
        _directory.Write("b.yaml", DocusLabsMapping.Valid);
        var catalog = Catalog();
        var running = catalog.Reload().Find("acme-labs");
        _directory.Write("a.yaml", DocusLabsMapping.Valid.Replace("data: \"'results'\"", "data: \"'other'\"", StringComparison.Ordinal));

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.Same(running, snapshot.Find("acme-labs"));
        Assert.Equal(["a.yaml", "b.yaml"], snapshot.Problems.Select(problem => problem.Position.File));
    }

    [Fact]
    public void Reload_LookupTableDeletedUnderAKeptMapping_KeepsTheTable()
    {
        // Arrange
        _directory.Write("lookups/codes.csv", "local,loinc\nA1,718-7\n");
        _directory.Write("a.yaml", DocusLabsMapping.Valid.Replace("data: \"'results'\"", "data: \"lookup('codes', 'A1')\"", StringComparison.Ordinal));
        var catalog = Catalog();
        catalog.Reload();
        File.Delete(Path.Combine(_directory.Path, "lookups", "codes.csv"));

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.NotNull(snapshot.Find("acme-labs"));
        Assert.Equal("718-7", snapshot.Lookups.Find("codes")?.Find("A1"));
        Assert.Contains(snapshot.Problems, problem => problem.Message.StartsWith("There is no lookup table 'codes'", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_FileTheReaderCannotHandle_IsThatFilesError()
    {
        // Arrange
        _directory.Write("a.yaml", DocusLabsMapping.Valid.Replace("    trigger: all-orders-final", "    trigger: quiet-period\n    quietPeriod: 999999999h", StringComparison.Ordinal));
        _directory.Write("b.yaml", DocusLabsMapping.Valid.Replace("partner: acme-labs", "partner: other-labs", StringComparison.Ordinal).Replace("reports: physicians", "reports: 08", StringComparison.Ordinal));
        var catalog = Catalog();

        // Act
        var snapshot = catalog.Reload();

        // Assert
        Assert.Empty(snapshot.Partners);
        Assert.Contains("a.yaml:23:18: 'quietPeriod' is longer than 30 days; a follow-up that late is better asked for explicitly (trigger: explicit).", snapshot.Problems.Select(problem => problem.ToString()));
        Assert.Contains("b.yaml:6:12: 'reports' is '08', which is not one of: patients, physicians, both.", snapshot.Problems.Select(problem => problem.ToString()));
    }

    public void Dispose() => _directory.Dispose();

    private MappingCatalog Catalog() => new(_directory.Path, DocusLabsMapping.Loader(), _time);
}

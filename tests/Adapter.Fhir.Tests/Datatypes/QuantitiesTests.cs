using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Tests.Support;

namespace Adapter.Fhir.Tests.Datatypes;

public sealed class QuantitiesTests
{
    [Fact]
    public void Of_UcumUnits_SetsUcumSystemAndCode()
    {
        // Arrange
        var units = TestMessages.Field("OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM", 6);

        // Act
        var quantity = Quantities.Of(112m, units);

        // Assert
        Assert.Equal(112m, quantity.Value);
        Assert.Equal("http://unitsofmeasure.org", quantity.System);
        Assert.Equal("mg/dL", quantity.Code);
        Assert.Equal("mg/dL", quantity.Unit);
    }

    [Fact]
    public void Of_UnitsWithoutSystem_KeepsUnitTextOnly()
    {
        // Arrange
        var units = TestMessages.Field("OBX|1|NM|2345-7^Glucose^LN||112|mg/dl", 6);

        // Act
        var quantity = Quantities.Of(112m, units);

        // Assert
        Assert.Equal("mg/dl", quantity.Unit);
        Assert.Null(quantity.System);
        Assert.Null(quantity.Code);
    }

    [Fact]
    public void Of_LocalUnitsWithUcumAlternate_UsesTheUcumAlternate()
    {
        // Arrange
        var units = TestMessages.Field("OBX|1|NM|2345-7^Glucose^LN||112|^milligrams per decilitre^^mg/dL^mg/dL^UCUM", 6);

        // Act
        var quantity = Quantities.Of(112m, units);

        // Assert
        Assert.Equal("http://unitsofmeasure.org", quantity.System);
        Assert.Equal("mg/dL", quantity.Code);
        Assert.Equal("milligrams per decilitre", quantity.Unit);
    }

    [Fact]
    public void Of_NoUnits_GivesBareValue()
    {
        // Arrange
        var units = TestMessages.Field("OBX|1|NM|2345-7^Glucose^LN||112", 6);

        // Act
        var quantity = Quantities.Of(112m, units);

        // Assert
        Assert.Equal(112m, quantity.Value);
        Assert.Null(quantity.Unit);
        Assert.Null(quantity.System);
    }

    [Fact]
    public void FromCq_QuantityAndUnits_KeepsUnitAsText()
    {
        // Arrange
        var cq = TestMessages.Field("SPM|1|S1||BLD||||||||5^mL&millilitre&UCUM", 12);

        // Act
        var quantity = Quantities.FromCq(cq);

        // Assert
        Assert.NotNull(quantity);
        Assert.Equal(5m, quantity.Value);
        Assert.Equal("millilitre", quantity.Unit);
        Assert.Null(quantity.System);
    }
}

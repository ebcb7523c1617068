using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Tests.Support;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Fhir.Tests.Datatypes;

public sealed class ReferenceRangesTests
{
    [Fact]
    public void From_LowDashHigh_GivesLowHighAndText()
    {
        // Arrange
        var (range, units) = Fields("3.5-5.0", "mmol/L^mmol/L^UCUM");

        // Act
        var component = ReferenceRanges.From(range, units);

        // Assert
        Assert.NotNull(component);
        Assert.Equal("3.5-5.0", component.Text);
        Assert.Equal(3.5m, component.Low?.Value);
        Assert.Equal(5.0m, component.High?.Value);
        Assert.Equal("http://unitsofmeasure.org", component.Low?.System);
        Assert.Equal("mmol/L", component.High?.Code);
    }

    [Fact]
    public void From_LessThan_GivesHighOnly()
    {
        // Arrange
        var (range, units) = Fields("<5", "mg/L^mg/L^UCUM");

        // Act
        var component = ReferenceRanges.From(range, units);

        // Assert
        Assert.NotNull(component);
        Assert.Null(component.Low);
        Assert.Equal(5m, component.High?.Value);
        Assert.Equal("<5", component.Text);
    }

    [Fact]
    public void From_GreaterOrEqual_GivesLowOnly()
    {
        // Arrange
        var (range, units) = Fields(">=60", string.Empty);

        // Act
        var component = ReferenceRanges.From(range, units);

        // Assert
        Assert.NotNull(component);
        Assert.Equal(60m, component.Low?.Value);
        Assert.Null(component.High);
    }

    [Fact]
    public void From_NegativeBounds_ParsesSigns()
    {
        // Arrange
        var (range, units) = Fields("-2.0-2.0", string.Empty);

        // Act
        var component = ReferenceRanges.From(range, units);

        // Assert
        Assert.NotNull(component);
        Assert.Equal(-2.0m, component.Low?.Value);
        Assert.Equal(2.0m, component.High?.Value);
    }

    [Fact]
    public void From_Words_KeepsTextOnly()
    {
        // Arrange
        var (range, units) = Fields("Negative", string.Empty);

        // Act
        var component = ReferenceRanges.From(range, units);

        // Assert
        Assert.NotNull(component);
        Assert.Equal("Negative", component.Text);
        Assert.Null(component.Low);
        Assert.Null(component.High);
    }

    [Fact]
    public void From_Empty_GivesNothing()
    {
        // Arrange
        var (range, units) = Fields(string.Empty, string.Empty);

        // Act
        var component = ReferenceRanges.From(range, units);

        // Assert
        Assert.Null(component);
    }

    private static (Hl7Element Range, Hl7Element Units) Fields(string range, string units)
    {
        var segment = $"OBX|1|NM|2345-7^Glucose^LN||4|{units}|{range}";
        return (TestMessages.Field(segment, 7), TestMessages.Field(segment, 6));
    }
}

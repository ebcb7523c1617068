using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Tests.Support;
using Adapter.Hl7v2.Types;

namespace Adapter.Fhir.Tests.Datatypes;

public sealed class FhirDatesTests
{
    [Theory]
    [InlineData("2019", "2019")]
    [InlineData("201903", "2019-03")]
    [InlineData("20190315", "2019-03-15")]
    public void Format_DateOnly_KeepsPrecisionSent(string sent, string expected)
    {
        // Arrange
        var value = Parse(sent);

        // Act
        var formatted = FhirDates.Format(value, Conversions.Amsterdam);

        // Assert
        Assert.Equal(expected, formatted);
    }

    [Theory]
    [InlineData("201901151230", "2019-01-15T12:30:00+01:00")]
    [InlineData("201907151230", "2019-07-15T12:30:00+02:00")]
    [InlineData("2019011512", "2019-01-15T12:00:00+01:00")]
    [InlineData("20190715123045", "2019-07-15T12:30:45+02:00")]
    public void Format_TimeWithoutOffset_IsReadInConfiguredZone(string sent, string expected)
    {
        // Arrange
        var value = Parse(sent);

        // Act
        var formatted = FhirDates.Format(value, Conversions.Amsterdam);

        // Assert
        Assert.Equal(expected, formatted);
    }

    [Fact]
    public void Format_TimeWithOffset_KeepsOffsetSent()
    {
        // Arrange
        var value = Parse("201907151230-0500");

        // Act
        var formatted = FhirDates.Format(value, Conversions.Amsterdam);

        // Assert
        Assert.Equal("2019-07-15T12:30:00-05:00", formatted);
    }

    [Fact]
    public void Format_FractionOfSecond_KeepsFraction()
    {
        // Arrange
        var value = Parse("20190715123045.25+0000");

        // Act
        var formatted = FhirDates.Format(value, Conversions.Amsterdam);

        // Assert
        Assert.Equal("2019-07-15T12:30:45.25+00:00", formatted);
    }

    [Fact]
    public void Format_DateOnlyWithOffset_StaysADate()
    {
        // Arrange
        var value = Parse("20190715-0500");

        // Act
        var formatted = FhirDates.Format(value, Conversions.Amsterdam);

        // Assert
        Assert.Equal("2019-07-15", formatted);
    }

    [Fact]
    public void FormatDate_DateWithTime_TruncatesToDay()
    {
        // Arrange
        var value = Parse("19780412083000");

        // Act
        var formatted = FhirDates.FormatDate(value);

        // Assert
        Assert.Equal("1978-04-12", formatted);
    }

    private static Hl7DateTime Parse(string text)
    {
        Assert.True(Hl7DateTime.TryParse(text, out var value));
        return value;
    }
}

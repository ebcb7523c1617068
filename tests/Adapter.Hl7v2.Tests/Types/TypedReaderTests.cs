using Adapter.Hl7v2.Tests.Support;
using Adapter.Hl7v2.Types;

namespace Adapter.Hl7v2.Tests.Types;

public sealed class TypedReaderTests
{
    [Theory]
    [InlineData("2026", 2026, 1, 1, 0, 0, 0, Hl7Precision.Year, null)]
    [InlineData("202611", 2026, 11, 1, 0, 0, 0, Hl7Precision.Month, null)]
    [InlineData("20261120", 2026, 11, 20, 0, 0, 0, Hl7Precision.Day, null)]
    [InlineData("2026112008", 2026, 11, 20, 8, 0, 0, Hl7Precision.Hour, null)]
    [InlineData("202611200830-0500", 2026, 11, 20, 8, 30, 0, Hl7Precision.Minute, -300)]
    [InlineData("20261120083015+0130", 2026, 11, 20, 8, 30, 15, Hl7Precision.Second, 90)]
    [InlineData("20261120083015.1234", 2026, 11, 20, 8, 30, 15, Hl7Precision.FractionOfSecond, null)]
    public void TryParse_DateTime_KeepsPrecisionAndOffset(string text, int year, int month, int day, int hour, int minute, int second, Hl7Precision precision, int? offsetMinutes)
    {
        Assert.True(Hl7DateTime.TryParse(text, out var value));

        Assert.Equal(new DateTime(year, month, day, hour, minute, second), value.Value.AddTicks(-(value.Value.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(precision, value.Precision);
        Assert.Equal(offsetMinutes is null ? null : TimeSpan.FromMinutes(offsetMinutes.Value), value.Offset);
    }

    [Theory]
    [InlineData("196203520")]
    [InlineData("20261320")]
    [InlineData("20260230")]
    [InlineData("2026112025")]
    [InlineData("20261120083015.12345")]
    [InlineData("2026112008301.1")]
    [InlineData("20261120+05")]
    [InlineData("abcd")]
    [InlineData("")]
    public void TryParse_InvalidDateTime_IsRefused(string text)
    {
        Assert.False(Hl7DateTime.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Fraction_KeepsSubSecondTicks()
    {
        Assert.True(Hl7DateTime.TryParse("20261120083015.25", out var value));

        Assert.Equal(2_500_000, value.Value.Ticks % TimeSpan.TicksPerSecond);
    }

    [Fact]
    public void Format_Instant_WritesSecondsAndOffset()
    {
        var instant = new DateTimeOffset(2026, 11, 23, 10, 15, 0, TimeSpan.FromHours(-5));

        Assert.Equal("20261123101500-0500", Hl7DateTime.Format(instant));
    }

    [Theory]
    [InlineData("065.88", 65.88)]
    [InlineData("-1.5", -1.5)]
    [InlineData("+12", 12)]
    [InlineData(".5", 0.5)]
    [InlineData("7.", 7)]
    public void Number_ValidNm_IsRead(string text, double expected)
    {
        var number = Hl7Number.Read(Messages.Parse(Messages.Msh, $"OBX|1|NM|x||{text}")[1].Field(5));

        Assert.True(number.IsValid);
        Assert.Equal((decimal)expected, number.Value);
    }

    [Theory]
    [InlineData("4,06")]
    [InlineData("see note")]
    [InlineData("<5")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("-")]
    [InlineData(".")]
    public void Number_InvalidNm_IsReportedWithItsText(string text)
    {
        var number = Hl7Number.Read(Messages.Parse(Messages.Msh, $"OBX|1|NM|x||{text}")[1].Field(5));

        Assert.False(number.IsValid);
        Assert.Equal(text, number.Text);
    }

    [Theory]
    [InlineData("<^5", "<", 5.0, null, null)]
    [InlineData(">=^10", ">=", 10.0, null, null)]
    [InlineData("^10^-^20", null, 10.0, "-", 20.0)]
    [InlineData("^1^:^128", null, 1.0, ":", 128.0)]
    [InlineData("^2^+", null, 2.0, "+", null)]
    public void StructuredNumeric_Forms_AreRead(string text, string? comparator, double? number1, string? separator, double? number2)
    {
        var field = Messages.Parse(Messages.Msh, $"OBX|1|SN|x||{text}")[1].Field(5);

        Assert.True(StructuredNumeric.TryRead(field, out var value));
        Assert.Equal(new StructuredNumeric(comparator, (decimal?)number1, separator, (decimal?)number2), value);
    }

    [Theory]
    [InlineData("~^5")]
    [InlineData("^abc")]
    [InlineData("^1^x^2")]
    [InlineData("<")]
    public void StructuredNumeric_Invalid_IsRefused(string text)
    {
        var field = Messages.Parse(Messages.Msh, $"OBX|1|SN|x||{text}")[1].Field(5);

        Assert.False(StructuredNumeric.TryRead(field, out _));
    }

    [Fact]
    public void ExtendedCompositeId_WithAuthoritySubcomponents_IsRead()
    {
        var field = Messages.Parse(Messages.Msh, "PID|1||12345^^^HOSP&2.16.840.1.113883.19&ISO^MR^FAC~777^^^LAB^PI")[1].Field(3);

        var ids = ExtendedCompositeId.ReadAll(field);

        Assert.Equal(2, ids.Count);
        Assert.Equal("12345", ids[0].Id);
        Assert.Equal(new HierarchicDesignator("HOSP", "2.16.840.1.113883.19", "ISO"), ids[0].AssigningAuthority);
        Assert.Equal("MR", ids[0].IdentifierTypeCode);
        Assert.Equal("FAC", ids[0].AssigningFacility?.NamespaceId);
        Assert.Equal("PI", ids[1].IdentifierTypeCode);
    }

    [Fact]
    public void PersonName_FamilyNameSurnameSubcomponent_IsRead()
    {
        var field = Messages.Parse(Messages.Msh, "PID|1||1||VAN DER BERG&VAN DER&BERG^ANNA^M^JR^DR^PHD^L")[1].Field(5);

        var name = PersonName.Read(field);

        Assert.Equal(new PersonName("VAN DER BERG", "ANNA", "M", "JR", "DR", "PHD", "L", null), name);
    }

    [Fact]
    public void ExtendedPersonId_Practitioner_IsRead()
    {
        var field = Messages.Parse(Messages.Msh, "ORC|NW|||||||||||1234^SMITH^JOHN^Q^^DR^MD^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI")[1].Field(12);

        var person = ExtendedPersonId.Read(field);

        Assert.NotNull(person);
        Assert.Equal("1234", person.Id);
        Assert.Equal("SMITH", person.Name?.FamilyName);
        Assert.Equal("JOHN", person.Name?.GivenName);
        Assert.Equal("DR", person.Name?.Prefix);
        Assert.Equal("MD", person.Name?.Degree);
        Assert.Equal("L", person.Name?.NameTypeCode);
        Assert.Equal("NPI", person.AssigningAuthority?.NamespaceId);
        Assert.Equal("NPI", person.IdentifierTypeCode);
    }

    [Fact]
    public void TelecomAddress_PhoneAndEmailRepetitions_AreRead()
    {
        var field = Messages.Parse(Messages.Msh, "PID|1||1||X||||||||^PRN^PH^^1^555^1234567~^NET^Internet^jane@example.org")[1].Field(13);

        var telecoms = TelecomAddress.ReadAll(field);

        Assert.Equal("555", telecoms[0].AreaCode);
        Assert.Equal("1234567", telecoms[0].LocalNumber);
        Assert.False(telecoms[0].IsEmail);
        Assert.True(telecoms[1].IsEmail);
        Assert.Equal("jane@example.org", telecoms[1].EmailAddress);
    }

    [Fact]
    public void CodedElement_WithAlternateCoding_IsRead()
    {
        var field = Messages.Parse(Messages.Msh, "OBX|1|CWE|x||LA6576-8^Positive^LN^POS^Pos^L^2.76^^Positive result")[1].Field(5);

        Assert.Equal(
            new CodedElement("LA6576-8", "Positive", "LN", "POS", "Pos", "L", "2.76", null, "Positive result"),
            CodedElement.Read(field));
    }

    [Fact]
    public void EntityIdentifier_PlacerNumber_IsRead()
    {
        var field = Messages.Parse(Messages.Msh, "ORC|NW|PLAC123^EHR^1.2.3^ISO")[1].Field(2);

        Assert.Equal(new EntityIdentifier("PLAC123", "EHR", "1.2.3", "ISO"), EntityIdentifier.Read(field));
    }

    [Fact]
    public void EncapsulatedData_Base64Pdf_DecodesToBytes()
    {
        var base64 = Convert.ToBase64String("%PDF-1.4 test"u8.ToArray());
        var field = Messages.Parse(Messages.Msh, $"OBX|1|ED|PDF||^AP^PDF^Base64^{base64}")[1].Field(5);

        var data = EncapsulatedData.Read(field);

        Assert.NotNull(data);
        Assert.Equal("AP", data.TypeOfData);
        Assert.True(data.TryGetBytes(out var bytes));
        Assert.Equal("%PDF-1.4 test"u8.ToArray(), bytes);
    }

    [Fact]
    public void EncapsulatedData_InvalidBase64_IsReportedNotThrown()
    {
        var field = Messages.Parse(Messages.Msh, "OBX|1|ED|PDF||^AP^PDF^Base64^not*base64")[1].Field(5);

        Assert.False(EncapsulatedData.Read(field)!.TryGetBytes(out _));
    }

    [Fact]
    public void PersonLocation_IsRead()
    {
        var field = Messages.Parse(Messages.Msh, "PV1|1|I|4W^401^B^GOODHEALTH^^N^MAIN^4^North wing")[1].Field(3);

        var location = PersonLocation.Read(field);

        Assert.Equal(new PersonLocation("4W", "401", "B", new HierarchicDesignator("GOODHEALTH", null, null), null, "N", "MAIN", "4", "North wing"), location);
    }
}

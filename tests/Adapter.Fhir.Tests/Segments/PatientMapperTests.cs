using Adapter.Fhir.Conversion;
using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>PID (and PD1) to Patient, after the IG's PID[Patient] map.</summary>
public sealed class PatientMapperTests
{
    private const string InvalidBirthDate = "196203520";

    [Fact]
    public void Map_InvalidBirthDate_LeavesBirthDateOutWithWarningAtPid7()
    {
        // Act
        var result = Conversions.Segments(TestMessages.OruHeader, $"PID|1||12345^^^HOSP^MR||DOE^JOHN^Q||{InvalidBirthDate}|M|||1 Main St^^Springfield^IL^62701^USA^H");

        // Assert
        Assert.Null(result.Bundle.Only<Patient>().BirthDateElement);
        var warning = Assert.Single(result.Outcome.IssuesAt("PID-7"));
        Assert.Equal(OperationOutcome.IssueSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Map_InvalidBirthDate_KeepsRestOfPatient()
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, $"PID|1||12345^^^HOSP^MR||DOE^JOHN^Q||{InvalidBirthDate}|M|||1 Main St^^Springfield^IL^62701^USA^H").Bundle.Only<Patient>();

        // Assert
        Assert.Equal("12345", Assert.Single(patient.Identifier).Value);
        Assert.Equal("DOE", Assert.Single(patient.Name).Family);
        Assert.Equal(["JOHN", "Q"], patient.Name[0].Given);
        Assert.Equal(AdministrativeGender.Male, patient.Gender);
        Assert.Equal("Springfield", Assert.Single(patient.Address).City);
    }

    [Fact]
    public void Map_InvalidBirthDate_WarningDoesNotCarryTheValue()
    {
        // Act
        var result = Conversions.Segments(TestMessages.OruHeader, $"PID|1||12345^^^HOSP^MR||DOE^JOHN||{InvalidBirthDate}|M");

        // Assert
        Assert.NotEmpty(result.Outcome.Issue);
        Assert.All(result.Outcome.Issue, issue =>
        {
            Assert.DoesNotContain(InvalidBirthDate, issue.Diagnostics ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("DOE", issue.Diagnostics ?? string.Empty, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Map_BirthDate_IsDate()
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, TestMessages.Patient).Bundle.Only<Patient>();

        // Assert
        Assert.Equal("1962-03-15", patient.BirthDate);
        Assert.Empty(patient.BirthDateElement!.Extension);
    }

    [Fact]
    public void Map_BirthYearOnly_StaysAYear()
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, "PID|1||12345^^^HOSP^MR||DOE^JOHN||1962|M").Bundle.Only<Patient>();

        // Assert
        Assert.Equal("1962", patient.BirthDate);
    }

    [Fact]
    public void Map_BirthDateWithTime_AddsBirthTimeInConfiguredZone()
    {
        // Arrange
        var options = new V2ToFhirOptions { TimeZone = Conversions.Amsterdam };

        // Act
        var patient = Conversions.Convert(TestMessages.Parse(TestMessages.OruHeader, "PID|1||12345^^^HOSP^MR||DOE^JOHN||200201150830|M"), options).Bundle.Only<Patient>();

        // Assert
        Assert.Equal("2002-01-15", patient.BirthDate);
        var birthTime = Assert.Single(patient.BirthDateElement!.Extension);
        Assert.Equal("http://hl7.org/fhir/StructureDefinition/patient-birthTime", birthTime.Url);
        Assert.Equal("2002-01-15T08:30:00+01:00", Assert.IsType<FhirDateTime>(birthTime.Value).Value);
    }

    [Theory]
    [InlineData("F", AdministrativeGender.Female)]
    [InlineData("M", AdministrativeGender.Male)]
    [InlineData("U", AdministrativeGender.Unknown)]
    public void Map_Sex_IsGender(string sex, AdministrativeGender expected)
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, $"PID|1||12345^^^HOSP^MR||DOE^JOHN||19620315|{sex}").Bundle.Only<Patient>();

        // Assert
        Assert.Equal(expected, patient.Gender);
    }

    [Fact]
    public void Map_RepeatingIdentifiers_MedicalRecordNumberIsTheConditionalKey()
    {
        // Act
        var bundle = Conversions.Segments(TestMessages.OruHeader, "PID|1||LB77^^^LIS^PI~12345^^^HOSP^MR||DOE^JOHN").Bundle;

        // Assert
        var patient = bundle.Only<Patient>();
        Assert.Equal(["LB77", "12345"], patient.Identifier.Select(identifier => identifier.Value));
        Assert.Equal("identifier=urn:adapter:authority:HOSP|12345", bundle.EntryOf(patient).Request?.IfNoneExist);
    }

    [Fact]
    public void Map_InResultMessage_PatientIsCreatedOnceNeverOverwritten()
    {
        // Act: a lab result only refers to the patient; it must not overwrite the registration.
        var bundle = Conversions.Result().Bundle;

        // Assert
        var request = bundle.EntryOf(bundle.Only<Patient>()).Request;
        Assert.Equal(Bundle.HTTPVerb.POST, request?.Method);
        Assert.Equal("Patient", request?.Url);
        Assert.Equal("identifier=urn:adapter:authority:HOSP|12345", request?.IfNoneExist);
    }

    [Fact]
    public void Map_InAdmitMessage_PatientIsConditionalUpdate()
    {
        // Act: an A08 is the source of the demographics, so it replaces them.
        var bundle = Conversions.Segments(TestMessages.AdtHeader, "EVN|A08|20240115083000", TestMessages.Patient, "PV1|1|O").Bundle;

        // Assert
        var request = bundle.EntryOf(bundle.Only<Patient>()).Request;
        Assert.Equal(Bundle.HTTPVerb.PUT, request?.Method);
        Assert.Equal("Patient?identifier=urn:adapter:authority:HOSP|12345", request?.Url);
    }

    [Fact]
    public void Map_NameTypeLegal_IsOfficialName()
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, "PID|1||12345^^^HOSP^MR||DOE^JOHN^^^^^L").Bundle.Only<Patient>();

        // Assert
        Assert.Equal(HumanName.NameUse.Official, patient.Name[0].Use);
    }

    [Fact]
    public void Map_PhoneAndEmail_AreTelecoms()
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, SegmentText.Of("PID", (1, "1"), (3, "12345^^^HOSP^MR"), (5, "DOE^JOHN"), (13, "(312)555-0147^PRN^PH^^1^312^5550147~^NET^Internet^john@example.org"))).Bundle.Only<Patient>();

        // Assert
        Assert.Collection(
            patient.Telecom,
            phone =>
            {
                Assert.Equal(ContactPoint.ContactPointSystem.Phone, phone.System);
                Assert.Equal(ContactPoint.ContactPointUse.Home, phone.Use);
                Assert.Contains("5550147", phone.Value, StringComparison.Ordinal);
            },
            email =>
            {
                Assert.Equal(ContactPoint.ContactPointSystem.Email, email.System);
                Assert.Equal("john@example.org", email.Value);
            });
    }

    [Fact]
    public void Map_DeathIndicator_IsDeceasedBoolean()
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, SegmentText.Of("PID", (1, "1"), (3, "12345^^^HOSP^MR"), (5, "DOE^JOHN"), (30, "Y"))).Bundle.Only<Patient>();

        // Assert
        Assert.True(Assert.IsType<FhirBoolean>(patient.Deceased).Value);
    }

    [Fact]
    public void Map_DeathTime_IsDeceasedDateTime()
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, SegmentText.Of("PID", (1, "1"), (3, "12345^^^HOSP^MR"), (5, "DOE^JOHN"), (29, "20240101"), (30, "Y"))).Bundle.Only<Patient>();

        // Assert
        Assert.Equal("2024-01-01", Assert.IsType<FhirDateTime>(patient.Deceased).Value);
    }
}

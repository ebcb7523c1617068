using Adapter.Fhir.Conversion;
using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Datatypes;

public sealed class IdentifiersTests
{
    private const string V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";

    [Fact]
    public void FromCx_AuthorityWithIsoOid_SystemIsUrnOid()
    {
        // Act
        var identifier = PatientIdentifier("12345^^^HOSP&2.16.840.1.113883.19.5&ISO^MR");

        // Assert
        Assert.Equal("urn:oid:2.16.840.1.113883.19.5", identifier.System);
        Assert.Equal("12345", identifier.Value);
        Assert.Equal("HOSP", identifier.Assigner?.Display);
    }

    [Fact]
    public void FromCx_ConfiguredAuthority_ConfiguredSystemWinsOverOid()
    {
        // Arrange
        var options = new V2ToFhirOptions
        {
            IdentifierSystems = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["HOSP"] = "https://hosp.example.org/fhir/sid/mrn" },
        };

        // Act
        var identifier = PatientIdentifier("12345^^^HOSP&2.16.840.1.113883.19.5&ISO^MR", options);

        // Assert
        Assert.Equal("https://hosp.example.org/fhir/sid/mrn", identifier.System);
    }

    [Fact]
    public void FromCx_ConfiguredByUniversalId_UsesConfiguredSystem()
    {
        // Arrange
        var options = new V2ToFhirOptions
        {
            IdentifierSystems = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["2.16.840.1.113883.19.5"] = "https://hosp.example.org/fhir/sid/mrn" },
        };

        // Act
        var identifier = PatientIdentifier("12345^^^&2.16.840.1.113883.19.5&ISO^MR", options);

        // Assert
        Assert.Equal("https://hosp.example.org/fhir/sid/mrn", identifier.System);
    }

    [Fact]
    public void FromCx_UnknownAuthority_GetsStableAdapterUrn()
    {
        // Act
        var first = PatientIdentifier("12345^^^HOSP^MR");
        var second = PatientIdentifier("99999^^^HOSP^MR");

        // Assert
        Assert.Equal("urn:adapter:authority:HOSP", first.System);
        Assert.Equal(first.System, second.System);
    }

    [Fact]
    public void FromCx_NoAuthority_UsesSendingFacility()
    {
        // Arrange
        var message = TestMessages.Parse(
            "MSH|^~\\&|LAB|FAC^2.16.840.1.113883.19.99^ISO|RCV|RFAC|20240115083000||ORU^R01|MSG1|P|2.5.1",
            "PID|1||777^^^^MR");

        // Act
        var identifier = Assert.Single(Conversions.Convert(message).Bundle.Only<Patient>().Identifier);

        // Assert
        Assert.Equal("urn:oid:2.16.840.1.113883.19.99", identifier.System);
        Assert.Null(identifier.Assigner);
    }

    [Fact]
    public void FromCx_NoAuthorityAndFacilityByNameOnly_UsesFacilityUrn()
    {
        // Act
        var identifier = PatientIdentifier("777^^^^MR");

        // Assert
        Assert.Equal("urn:adapter:authority:FAC", identifier.System);
    }

    [Fact]
    public void FromCx_IdentifierType_IsCodedInTable0203()
    {
        // Act
        var identifier = PatientIdentifier("12345^^^HOSP^MR");

        // Assert
        var coding = Assert.Single(identifier.Type!.Coding);
        Assert.Equal(V2_0203, coding.System);
        Assert.Equal("MR", coding.Code);
    }

    [Fact]
    public void FromCx_EffectiveAndExpirationDates_BecomePeriod()
    {
        // Act
        var identifier = PatientIdentifier("12345^^^HOSP^MR^^20200101^20301231");

        // Assert
        Assert.Equal("2020-01-01", identifier.Period?.Start);
        Assert.Equal("2030-12-31", identifier.Period?.End);
    }

    [Fact]
    public void FromCx_NoIdNumber_GivesNothing()
    {
        // Act
        var patient = Conversions.Segments(TestMessages.OruHeader, "PID|1||^^^HOSP^MR||DOE^JOHN").Bundle.Only<Patient>();

        // Assert
        Assert.Empty(patient.Identifier);
    }

    [Fact]
    public void FromEi_NamespaceOnly_GetsAuthorityUrnAndType()
    {
        // Act
        var identifier = Assert.Single(OrderIdentifiers("ORC|NW|PL1^EHR"));

        // Assert
        Assert.Equal("urn:adapter:authority:EHR", identifier.System);
        Assert.Equal("PL1", identifier.Value);
        Assert.Equal("PLAC", identifier.Type?.Coding[0].Code);
        Assert.Equal(V2_0203, identifier.Type?.Coding[0].System);
    }

    [Fact]
    public void FromEi_UniversalIdIso_SystemIsUrnOid()
    {
        // Act
        var identifier = Assert.Single(OrderIdentifiers("ORC|NW||FL1^LIS^2.16.840.1.113883.19.5.3^ISO"));

        // Assert
        Assert.Equal("urn:oid:2.16.840.1.113883.19.5.3", identifier.System);
        Assert.Equal("FILL", identifier.Type?.Coding[0].Code);
    }

    [Fact]
    public void FromEi_NoAuthority_UsesSendingFacility()
    {
        // Act
        var identifier = Assert.Single(OrderIdentifiers("ORC|NW|PL1"));

        // Assert
        Assert.Equal("urn:adapter:authority:FAC", identifier.System);
    }

    private static Identifier PatientIdentifier(string cx, V2ToFhirOptions? options = null)
    {
        var message = TestMessages.Parse(TestMessages.OruHeader, $"PID|1||{cx}||DOE^JOHN");
        return Assert.Single(Conversions.Convert(message, options).Bundle.Only<Patient>().Identifier);
    }

    private static List<Identifier> OrderIdentifiers(string orc) =>
        Conversions.Segments(TestMessages.OrmHeader, TestMessages.Patient, orc, "OBR|1|||58410-2^CBC^LN").Bundle.Only<ServiceRequest>().Identifier;
}

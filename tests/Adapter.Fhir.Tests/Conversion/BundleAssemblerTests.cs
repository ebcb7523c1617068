using Adapter.Fhir.Conversion;
using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Conversion;

public sealed class BundleAssemblerTests
{
    private const string MessageKey = "LAB|FAC|MSG00001";

    [Fact]
    public void Add_WithIdentifier_PostsWithIfNoneExistOnIt()
    {
        // Arrange
        var assembler = new BundleAssembler(MessageKey);
        var patient = new Patient();

        // Act
        assembler.Add(patient, "Patient|a", new Identifier("urn:oid:2.16.840.1.113883.19.5", "12345"));

        // Assert
        var entry = Assert.Single(assembler.Bundle.Entry);
        Assert.Equal(Bundle.HTTPVerb.POST, entry.Request!.Method);
        Assert.Equal("Patient", entry.Request!.Url);
        Assert.Equal("identifier=urn:oid:2.16.840.1.113883.19.5|12345", entry.Request!.IfNoneExist);
    }

    [Fact]
    public void Add_WithIdentifierKeptCurrent_IsConditionalUpdateOnIt()
    {
        // Arrange
        var assembler = new BundleAssembler(MessageKey);

        // Act
        assembler.Add(new DiagnosticReport(), "DiagnosticReport|a", new Identifier("urn:adapter:authority:LIS", "FL1"), EntryMode.Current);

        // Assert
        var entry = Assert.Single(assembler.Bundle.Entry);
        Assert.Equal(Bundle.HTTPVerb.PUT, entry.Request!.Method);
        Assert.Equal("DiagnosticReport?identifier=urn:adapter:authority:LIS|FL1", entry.Request!.Url);
        Assert.Null(entry.Request!.IfNoneExist);
        Assert.Equal("urn:uuid:" + entry.Resource!.Id, entry.FullUrl);
    }

    [Fact]
    public void Add_WithoutIdentifier_PutsAtItsId()
    {
        // Arrange
        var assembler = new BundleAssembler(MessageKey);
        var observation = new Observation();

        // Act
        assembler.Add(observation, "Observation|a");

        // Assert
        var entry = Assert.Single(assembler.Bundle.Entry);
        Assert.Equal(Bundle.HTTPVerb.PUT, entry.Request!.Method);
        Assert.Equal("Observation/" + observation.Id, entry.Request!.Url);
        Assert.Null(entry.Request!.IfNoneExist);
        Assert.Equal("urn:uuid:" + observation.Id, entry.FullUrl);
    }

    [Fact]
    public void Add_SameKeyTwice_KeepsOneEntryAndReturnsItsReference()
    {
        // Arrange
        var assembler = new BundleAssembler(MessageKey);
        var first = assembler.Add(new Practitioner(), "Practitioner|x");

        // Act
        var second = assembler.Add(new Practitioner(), "Practitioner|x");

        // Assert
        Assert.Single(assembler.Bundle.Entry);
        Assert.Equal(first.Reference, second.Reference);
    }

    [Fact]
    public void Add_SameKeyInTwoAssemblers_GivesSameId()
    {
        // Arrange
        var one = new Observation();
        var other = new Observation();

        // Act
        new BundleAssembler(MessageKey).Add(one, "Observation|MSG1|1");
        new BundleAssembler(MessageKey).Add(other, "Observation|MSG1|1");

        // Assert
        Assert.Equal(one.Id, other.Id);
    }

    [Fact]
    public void Add_IdentifierWithoutSystem_PutsScopedToTheMessage()
    {
        // Arrange: a bare value could match another sender's record on the server.
        var first = new Patient();
        var second = new Patient();

        // Act
        new BundleAssembler(MessageKey).Add(first, "Patient||12345", new Identifier(null, "12345"));
        new BundleAssembler("LAB|FAC|MSG00002").Add(second, "Patient||12345", new Identifier(null, "12345"));

        // Assert
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void TryFind_KeyAddedWithIdentifierWithoutSystem_FindsTheMessageScopedEntry()
    {
        // Arrange
        var assembler = new BundleAssembler(MessageKey);
        var added = assembler.Add(new Practitioner(), "Practitioner||D1", new Identifier(null, "D1"));

        // Act
        var found = assembler.TryFind("Practitioner||D1", new Identifier(null, "D1"), out var reference);

        // Assert
        Assert.True(found);
        Assert.Equal(added.Reference, reference.Reference);
    }

    [Fact]
    public void TryFind_KeyNotAdded_FindsNothing()
    {
        // Arrange
        var assembler = new BundleAssembler(MessageKey);
        assembler.Add(new Practitioner(), "Practitioner|urn:x|D1", new Identifier("urn:x", "D1"));

        // Act
        var found = assembler.TryFind("Practitioner|urn:x|D2", new Identifier("urn:x", "D2"), out _);

        // Assert
        Assert.False(found);
    }

    [Fact]
    public void Add_IdentifierWithoutSystem_IsPut()
    {
        // Arrange
        var assembler = new BundleAssembler(MessageKey);
        var patient = new Patient();

        // Act
        assembler.Add(patient, "Patient||12345", new Identifier(null, "12345"));

        // Assert
        var entry = Assert.Single(assembler.Bundle.Entry);
        Assert.Equal(Bundle.HTTPVerb.PUT, entry.Request!.Method);
        Assert.Null(entry.Request!.IfNoneExist);
    }

    [Fact]
    public void Convert_ResourcesWithIdentifier_ArePostedConditionally()
    {
        // Arrange
        var message = TestMessages.Parse(TestMessages.OruHeader, "PID|1||12345^^^HOSP&2.16.840.1.113883.19.5&ISO^MR||DOE^JOHN", TestMessages.Orc, TestMessages.Obr);

        // Act
        var bundle = Conversions.Convert(message).Bundle;

        // Assert
        var patient = bundle.EntryOf(bundle.Only<Patient>());
        Assert.Equal(Bundle.HTTPVerb.POST, patient.Request!.Method);
        Assert.Equal("Patient", patient.Request!.Url);
        Assert.Equal("identifier=urn:oid:2.16.840.1.113883.19.5|12345", patient.Request!.IfNoneExist);
        var request = bundle.EntryOf(bundle.Only<ServiceRequest>());
        Assert.Equal("identifier=urn:adapter:authority:EHR|PL1", request.Request!.IfNoneExist);
    }

    [Fact]
    public void Convert_ResourcesWithoutIdentifier_ArePutAtTheirId()
    {
        // Act
        var bundle = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|||||F").Bundle;

        // Assert
        var observation = bundle.Only<Observation>();
        var entry = bundle.EntryOf(observation);
        Assert.Equal(Bundle.HTTPVerb.PUT, entry.Request!.Method);
        Assert.Equal("Observation/" + observation.Id, entry.Request!.Url);
        Assert.Equal("urn:uuid:" + observation.Id, entry.FullUrl);
        Assert.Null(entry.Request!.IfNoneExist);
    }

    [Fact]
    public void Convert_ProviderNamedInThreeOrders_IsOnePractitioner()
    {
        // Arrange
        var message = TestMessages.Parse(
            TestMessages.OrmHeader,
            TestMessages.Patient,
            "ORC|NW|P1^EHR||||||||||1234^DOC^DAVE",
            "OBR|1|P1^EHR||A^A^L",
            "ORC|NW|P2^EHR||||||||||1234^DOC^DAVE",
            "OBR|2|P2^EHR||B^B^L",
            "ORC|NW|P3^EHR||||||||||1234^DOC^DAVE",
            "OBR|3|P3^EHR||C^C^L");

        // Act
        var bundle = Conversions.Convert(message).Bundle;

        // Assert
        var practitioner = bundle.Only<Practitioner>();
        Assert.All(bundle.All<ServiceRequest>(), request => Assert.Equal("urn:uuid:" + practitioner.Id, request.Requester?.Reference));
    }
}

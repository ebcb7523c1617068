using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>NTE to Annotation (the IG's NTE[Observation]): text, author, time.</summary>
public sealed class NoteMapperTests
{
    [Fact]
    public void Map_RepeatingComment_JoinsLines()
    {
        // Act
        var observation = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||F", "NTE|1|L|First line.~Second line.").Bundle.Only<Observation>();

        // Assert
        Assert.Equal("First line.\nSecond line.", Assert.Single(observation.Note).Text);
    }

    [Fact]
    public void Map_EscapedAmpersand_IsDecoded()
    {
        // Act
        var observation = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||F", "NTE|1|L|Refrigerated \\T\\ centrifuged.").Bundle.Only<Observation>();

        // Assert
        Assert.Equal("Refrigerated & centrifuged.", Assert.Single(observation.Note).Text);
    }

    [Fact]
    public void Map_AuthorAndTime_AreKept()
    {
        // Act
        var bundle = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||F", "NTE|1|L|Checked.||1234^TECH^TINA|20240115090000").Bundle;

        // Assert
        var note = Assert.Single(bundle.Only<Observation>().Note);
        Assert.Equal("TECH", bundle.Resolve<Practitioner>(Assert.IsType<ResourceReference>(note.Author)).Name[0].Family);
        Assert.Equal("2024-01-15T09:00:00+00:00", note.Time);
    }

    [Fact]
    public void Map_EmptyComment_AddsNoNote()
    {
        // Act
        var observation = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||F", "NTE|1|L|").Bundle.Only<Observation>();

        // Assert
        Assert.Empty(observation.Note);
    }
}

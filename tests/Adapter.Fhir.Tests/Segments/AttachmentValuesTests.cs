using System.Text;
using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>ED and RP values of an OBX: the report's presentedForm in a result, else the R5 value extension.</summary>
public sealed class AttachmentValuesTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    [Fact]
    public void AddTo_Base64PdfInResult_IsPresentedFormWithDecodedBytes()
    {
        // Act
        var bundle = Conversions.Result($"OBX|1|ED|18748-4^Diagnostic imaging study^LN||^AP^PDF^Base64^{Convert.ToBase64String(Pdf)}||||||F").Bundle;

        // Assert
        var form = Assert.Single(bundle.Only<DiagnosticReport>().PresentedForm);
        Assert.Equal("application/pdf", form.ContentType);
        Assert.Equal(Pdf, form.Data);
        Assert.Equal("Diagnostic imaging study", form.Title);
        Assert.Empty(bundle.All<Observation>());
    }

    [Fact]
    public void AddTo_ReferencePointerInResult_IsPresentedFormUrl()
    {
        // Act
        var bundle = Conversions.Result("OBX|1|RP|18748-4^Diagnostic imaging study^LN||http://example.org/reports/r1.pdf^^AP^PDF||||||F").Bundle;

        // Assert
        var form = Assert.Single(bundle.Only<DiagnosticReport>().PresentedForm);
        Assert.Equal("http://example.org/reports/r1.pdf", form.Url);
        Assert.Equal("application/pdf", form.ContentType);
    }

    [Fact]
    public void AddTo_InvalidBase64_WarnsAtFieldWithoutTheData()
    {
        // Act
        var result = Conversions.Result("OBX|1|ED|18748-4^Report^LN||^AP^PDF^Base64^@@notbase64@@||||||F");

        // Assert
        Assert.Empty(result.Bundle.Only<DiagnosticReport>().PresentedForm);
        var warning = Assert.Single(result.Outcome.IssuesAt("OBX-5"));
        Assert.DoesNotContain("notbase64", warning.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTo_EdInOrder_IsObservationValueExtension()
    {
        // Act
        var bundle = Conversions.Segments(
            TestMessages.OrmHeader,
            TestMessages.Patient,
            "ORC|NW|P1^EHR",
            "OBR|1|P1^EHR||58410-2^CBC^LN",
            $"OBX|1|ED|18748-4^Referral letter^LN||^AP^PDF^Base64^{Convert.ToBase64String(Pdf)}||||||F").Bundle;

        // Assert
        var observation = bundle.Only<Observation>();
        var extension = Assert.Single(observation.Extension);
        Assert.Equal("http://hl7.org/fhir/5.0/StructureDefinition/extension-Observation.value", extension.Url);
        Assert.Equal(Pdf, Assert.IsType<Attachment>(extension.Value).Data);
    }
}

using System.Text;
using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Tests.Support;

namespace Adapter.Fhir.Tests.Datatypes;

public sealed class AttachmentsTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%tiny test document\n%%EOF\n");

    [Theory]
    [InlineData("AP", "PDF")]
    [InlineData("Application", "pdf")]
    public void FromEd_Base64Pdf_DecodesBytesAsApplicationPdf(string type, string subtype)
    {
        // Arrange
        var ed = TestMessages.Field($"OBX|1|ED|18748-4^Report^LN||^{type}^{subtype}^Base64^{Convert.ToBase64String(Pdf)}", 5);

        // Act
        var attachment = Attachments.FromEd(ed, out var invalid);

        // Assert
        Assert.False(invalid);
        Assert.NotNull(attachment);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(Pdf, attachment.Data);
    }

    [Fact]
    public void FromEd_InvalidBase64_FlagsAndGivesNothing()
    {
        // Arrange
        var ed = TestMessages.Field("OBX|1|ED|18748-4^Report^LN||^AP^PDF^Base64^not*base64!", 5);

        // Act
        var attachment = Attachments.FromEd(ed, out var invalid);

        // Assert
        Assert.True(invalid);
        Assert.Null(attachment);
    }

    [Fact]
    public void FromEd_TextData_KeepsTextAsUtf8()
    {
        // Arrange
        var ed = TestMessages.Field("OBX|1|ED|X^X^L||^TEXT^^A^plain words", 5);

        // Act
        var attachment = Attachments.FromEd(ed, out _);

        // Assert
        Assert.NotNull(attachment);
        Assert.Equal("text/plain", attachment.ContentType);
        Assert.Equal("plain words", Encoding.UTF8.GetString(attachment.Data!));
    }

    [Fact]
    public void FromEd_HexData_DecodesBytes()
    {
        // Arrange: "%PDF-" written in hexadecimal (table 0299 Hex).
        var ed = TestMessages.Field("OBX|1|ED|18748-4^Report^LN||^AP^PDF^Hex^255044462D", 5);

        // Act
        var attachment = Attachments.FromEd(ed, out var invalid);

        // Assert
        Assert.False(invalid);
        Assert.NotNull(attachment);
        Assert.Equal("%PDF-"u8.ToArray(), attachment.Data);
    }

    [Fact]
    public void FromRp_Pointer_IsUrlWithMimeType()
    {
        // Arrange
        var rp = TestMessages.Field("OBX|1|RP|X^X^L||http://example.org/reports/r1.pdf^^AP^PDF", 5);

        // Act
        var attachment = Attachments.FromRp(rp);

        // Assert
        Assert.NotNull(attachment);
        Assert.Equal("http://example.org/reports/r1.pdf", attachment.Url);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Null(attachment.Data);
    }

    [Fact]
    public void FromRp_ImageJpeg_IsImageMimeType()
    {
        // Arrange
        var rp = TestMessages.Field("OBX|1|RP|X^X^L||http://example.org/i.jpg^^IM^JPEG", 5);

        // Act
        var attachment = Attachments.FromRp(rp);

        // Assert
        Assert.Equal("image/jpeg", attachment?.ContentType);
    }
}

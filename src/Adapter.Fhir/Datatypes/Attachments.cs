using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>
/// ED (a document in the message) and RP (a pointer to one) to Attachment. The IG copies ED-3 as
/// the content type; senders write <c>PDF</c> or <c>Octet-stream</c> there, so common subtypes
/// become their MIME types.
/// </summary>
internal static class Attachments
{
    public static Attachment? FromEd(Hl7Element element, out bool undecodable)
    {
        undecodable = false;
        if (EncapsulatedData.Read(element) is not { Data: not null } ed)
        {
            return null;
        }

        var attachment = new Attachment { ContentType = MimeType(ed.TypeOfData, ed.DataSubtype) };
        switch (ed.Encoding?.ToUpperInvariant())
        {
            case "BASE64":
                if (!ed.TryGetBytes(out var bytes))
                {
                    undecodable = true;
                    return null;
                }

                attachment.Data = bytes;
                break;
            case "HEX":
                try
                {
                    attachment.Data = Convert.FromHexString(ed.Data);
                }
                catch (FormatException)
                {
                    undecodable = true;
                    return null;
                }

                break;
            default:
                // A (ASCII) and no encoding: the text itself is the document.
                attachment.Data = System.Text.Encoding.UTF8.GetBytes(ed.Data);
                break;
        }

        return attachment;
    }

    public static Attachment? FromRp(Hl7Element element)
    {
        var rp = element.FirstRepetition();
        if (rp.TextOf(1) is not { } pointer)
        {
            return null;
        }

        return new Attachment { Url = pointer, ContentType = MimeType(rp.TextOf(3), rp.TextOf(4)) };
    }

    // Table 0191 type (AP, IM, TEXT, ...) and table 0291 subtype (PDF, JPEG, ...), or a MIME type sent as is.
    private static string? MimeType(string? type, string? subtype)
    {
        if (subtype is null)
        {
            return type?.ToUpperInvariant() switch
            {
                "TEXT" or "TX" => "text/plain",
                null => null,
                _ => "application/octet-stream",
            };
        }

        if (subtype.Contains('/', StringComparison.Ordinal))
        {
            return subtype.ToLowerInvariant();
        }

        return subtype.ToUpperInvariant() switch
        {
            "PDF" => "application/pdf",
            "RTF" => "application/rtf",
            "HTML" => "text/html",
            "XML" => "application/xml",
            "JPEG" or "JPG" => "image/jpeg",
            "PNG" => "image/png",
            "GIF" => "image/gif",
            "TIFF" => "image/tiff",
            "DICOM" => "application/dicom",
            "OCTET-STREAM" => "application/octet-stream",
            "PLAIN" => "text/plain",
            "MSWORD" or "DOC" => "application/msword",
            _ => (type?.ToLowerInvariant() switch { "image" or "im" => "image/", "text" or "tx" => "text/", _ => "application/" }) + subtype.ToLowerInvariant(),
        };
    }
}

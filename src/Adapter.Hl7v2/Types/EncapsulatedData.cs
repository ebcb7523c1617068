using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>ED: a document carried in the message (a PDF report in OBX-5), usually base64.</summary>
public sealed record EncapsulatedData(
    HierarchicDesignator? SourceApplication,
    string? TypeOfData,
    string? DataSubtype,
    string? Encoding,
    string? Data)
{
    public bool IsBase64 => string.Equals(Encoding, "Base64", StringComparison.OrdinalIgnoreCase);

    public static EncapsulatedData? Read(Hl7Element element)
    {
        var ed = element.FirstRepetition();
        return ed.HasValue
            ? new EncapsulatedData(HierarchicDesignator.Read(ed.Part(1)), ed.TextOf(2), ed.TextOf(3), ed.TextOf(4), ed.TextOf(5))
            : null;
    }

    /// <summary>The decoded bytes of base64 data; false when the data is not valid base64.</summary>
    public bool TryGetBytes(out byte[] bytes)
    {
        bytes = [];
        if (!IsBase64 || Data is null)
        {
            return false;
        }

        var buffer = new byte[Data.Length * 3 / 4];
        if (!Convert.TryFromBase64String(Data, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}

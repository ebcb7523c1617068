namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// MSH, FHS and BHS declare the delimiters: their field 1 is the field separator itself and field 2
/// the encoding characters, so their field numbers run one ahead of the separators. FHS, BHS, BTS
/// and FTS wrap messages into batches and files.
/// </summary>
internal static class HeaderSegments
{
    public static bool IsHeader(ReadOnlySpan<byte> id) =>
        id.SequenceEqual("MSH"u8) || id.SequenceEqual("FHS"u8) || id.SequenceEqual("BHS"u8);

    public static bool IsHeader(string id) => id is "MSH" or "FHS" or "BHS";

    public static bool IsBatchEnvelope(ReadOnlySpan<byte> id) =>
        id.SequenceEqual("FHS"u8) || id.SequenceEqual("BHS"u8) || id.SequenceEqual("BTS"u8) || id.SequenceEqual("FTS"u8);
}

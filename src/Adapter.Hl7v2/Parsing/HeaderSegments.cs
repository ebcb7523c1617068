namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// MSH, FHS and BHS declare the delimiters: their field 1 is the field separator itself and field 2
/// the encoding characters, so their field numbers run one ahead of the separators.
/// </summary>
internal static class HeaderSegments
{
    public static bool IsHeader(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("MSH"u8) || name.SequenceEqual("FHS"u8) || name.SequenceEqual("BHS"u8);
}

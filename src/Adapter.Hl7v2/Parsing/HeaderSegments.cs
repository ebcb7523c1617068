namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// MSH, FHS and BHS declare the delimiters: their field 1 is the field separator itself and field 2
/// the encoding characters, so their field numbers run one ahead of the separators.
/// </summary>
internal static class HeaderSegments
{
    public static bool IsHeader(ReadOnlySpan<byte> name) =>
        name.Length == 3 && name[1] == (byte)'S' && name[2] == (byte)'H'
        && name[0] is (byte)'M' or (byte)'F' or (byte)'B';

    public static bool IsMsh(ReadOnlySpan<byte> name) => name.SequenceEqual("MSH"u8);
}

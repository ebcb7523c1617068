using System.Text;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Benchmarks.Mllp;

/// <summary>Checks an acknowledgement: it parses, MSA-1 is AA or CA, and MSA-2 is the control id sent.</summary>
internal static class AckCheck
{
    /// <summary>What is wrong with <paramref name="ack"/> as the answer to message <paramref name="number"/>, or null when nothing is.</summary>
    public static string? Problem(byte[] ack, UniqueControlIds ids, long number)
    {
        Hl7Message parsed;
        try
        {
            parsed = Hl7Message.Parse(ack);
        }
        catch (Hl7ParseException)
        {
            return "unreadable acknowledgement";
        }

        if (!parsed.TryFindSegment("MSA", 1, out var msa))
        {
            return "acknowledgement without MSA";
        }

        var code = msa.Field(1).Raw;
        if (!code.SequenceEqual("AA"u8) && !code.SequenceEqual("CA"u8))
        {
            // Codes are short and carry no patient data; anything longer is cut.
            return $"MSA-1 {Encoding.ASCII.GetString(code[..Math.Min(code.Length, 4)])}";
        }

        return ids.Matches(msa.Field(2).Raw, number) ? null : "MSA-2 is not the control id sent (acknowledgements out of step)";
    }
}

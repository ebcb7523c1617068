using System.Text;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Fhir.Conversion;

/// <summary>An element written the same way whatever delimiters the sender chose: decoded parts joined by ^ and &amp;.</summary>
internal static class Hl7Text
{
    public static string Canonical(Hl7Element element)
    {
        var repetition = element.FirstRepetition();
        if (!repetition.HasValue)
        {
            return string.Empty;
        }

        var text = new StringBuilder(repetition.Raw.Length);
        var component = 0;
        foreach (var part in repetition.Parts())
        {
            if (component++ > 0)
            {
                text.Append('^');
            }

            var subcomponent = 0;
            foreach (var piece in part.Parts())
            {
                if (subcomponent++ > 0)
                {
                    text.Append('&');
                }

                if (piece.HasValue)
                {
                    text.Append(piece.Value);
                }
            }
        }

        return text.ToString().TrimEnd('^', '&');
    }
}

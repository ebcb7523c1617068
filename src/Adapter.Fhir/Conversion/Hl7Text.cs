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

        var components = new List<string>();
        for (var c = 1; c <= repetition.PartCount; c++)
        {
            var component = repetition.Part(c);
            var subcomponents = new List<string>();
            for (var s = 1; s <= Math.Max(1, component.PartCount); s++)
            {
                subcomponents.Add(component.Part(s).HasValue ? component.Part(s).Value : string.Empty);
            }

            components.Add(string.Join('&', subcomponents).TrimEnd('&'));
        }

        return string.Join('^', components).TrimEnd('^');
    }
}

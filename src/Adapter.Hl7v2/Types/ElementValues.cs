using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>Small helpers the typed readers share.</summary>
public static class ElementValues
{
    /// <summary>The decoded value, or null when the element is empty or the explicit null.</summary>
    public static string? Text(this Hl7Element element) => element.HasValue ? element.Value : null;

    /// <summary>Part n decoded, or null.</summary>
    public static string? TextOf(this Hl7Element element, int part) => element.Part(part).Text();
}

using System.Text;

namespace Adapter.Fhir.Identity;

/// <summary>Writes <c>identifier=system|value</c> for conditional create, escaped for a query string.</summary>
internal static class SearchTokens
{
    public static string IdentifierQuery(string? system, string value) =>
        system is null ? "identifier=" + Escape(value) : $"identifier={Escape(system)}|{Escape(value)}";

    // Token search escapes | , $ and \ with a backslash; the query string needs & = # + % and
    // spaces (and anything beyond ASCII) percent-encoded.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '|' or ',' or '$' or '\\')
            {
                escaped.Append("%5C");
            }

            if (c is '&' or '=' or '#' or '+' or '%' or ' ' or '|' or ',' or '$' or '\\' || c > '~' || c < ' ')
            {
                escaped.Append(Uri.EscapeDataString(c.ToString()));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}

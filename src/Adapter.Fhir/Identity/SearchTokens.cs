using System.Buffers;
using System.Text;

namespace Adapter.Fhir.Identity;

/// <summary>Writes <c>identifier=system|value</c> for conditional create, escaped for a query string.</summary>
internal static class SearchTokens
{
    // Printable ASCII that needs neither token nor query escaping: most values are all of it.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        "!\"'()*-./0123456789:;<>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{}~");

    public static string IdentifierQuery(string? system, string value) =>
        system is null ? "identifier=" + Escape(value) : $"identifier={Escape(system)}|{Escape(value)}";

    // Token search escapes | , $ and \ with a backslash; the query string needs & = # + % and
    // spaces (and anything beyond ASCII) percent-encoded.
    private static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(Plain))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '|' or ',' or '$' or '\\')
            {
                escaped.Append("%5C");
            }

            if (Plain.Contains(c))
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(Uri.EscapeDataString(c.ToString()));
            }
        }

        return escaped.ToString();
    }
}

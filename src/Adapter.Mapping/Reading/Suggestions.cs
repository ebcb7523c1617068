namespace Adapter.Mapping.Reading;

/// <summary>"Did you mean" for a misspelt name.</summary>
internal static class Suggestions
{
    public static string For(string written, IEnumerable<string> known)
    {
        var names = known.ToList();
        var closest = names.OrderBy(name => Distance(name, written)).FirstOrDefault();
        var hint = closest is not null && Distance(closest, written) <= Math.Max(2, written.Length / 4) ? $"; did you mean '{closest}'?" : ".";
        return names.Count == 0 ? " (there are none)." : $" ({string.Join(", ", names)}){hint}";
    }

    /// <summary>Levenshtein distance, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

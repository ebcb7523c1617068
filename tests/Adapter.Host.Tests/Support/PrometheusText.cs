using System.Globalization;

namespace Adapter.Host.Tests.Support;

/// <summary>Reads samples out of a Prometheus text exposition.</summary>
internal static class PrometheusText
{
    /// <summary>The value of the first sample called <paramref name="name"/> that has every label given (as <c>key="value"</c>), or null.</summary>
    public static double? Value(string exposition, string name, params string[] labels)
    {
        foreach (var line in exposition.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var nameEnd = line.IndexOfAny(['{', ' ']);
            if (line.StartsWith('#') || nameEnd < 0 || line[..nameEnd] != name)
            {
                continue;
            }

            var sampleLabels = line[nameEnd] == '{' ? line[(nameEnd + 1)..line.IndexOf('}', StringComparison.Ordinal)].Split(',') : [];
            if (labels.All(sampleLabels.Contains))
            {
                return double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}

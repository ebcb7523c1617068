namespace Adapter.Mapping.Lookups;

/// <summary>
/// A translation table from <c>mappings/lookups/NAME.csv</c>: a header row, then one row per code,
/// the code to translate in the first column and what it becomes in the second.
/// </summary>
public sealed class LookupTable(string name, IReadOnlyDictionary<string, string> rows)
{
    public string Name { get; } = name;

    public int Count => rows.Count;

    /// <summary>What <paramref name="code"/> translates to; null when the table does not list it.</summary>
    public string? Find(string code) => rows.TryGetValue(code, out var value) ? value : null;
}

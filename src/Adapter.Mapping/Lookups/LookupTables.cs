using Adapter.Mapping.Documents;

namespace Adapter.Mapping.Lookups;

/// <summary>The lookup tables beside the mapping files, read once per load; a table with a problem is reported, not half-read.</summary>
public sealed class LookupTables
{
    /// <summary>The folder under the mappings folder that holds the tables.</summary>
    public const string FolderName = "lookups";

    private readonly Dictionary<string, LookupTable> _tables;

    private LookupTables(Dictionary<string, LookupTable> tables) => _tables = tables;

    public static LookupTables Empty { get; } = new(new Dictionary<string, LookupTable>(StringComparer.Ordinal));

    public IEnumerable<string> Names => _tables.Keys.Order(StringComparer.Ordinal);

    public LookupTable? Find(string name) => _tables.GetValueOrDefault(name);

    /// <summary>
    /// These tables, plus the previous version of each table whose file now fails to read: a broken
    /// edit must not silently empty a table that mappings in force still use.
    /// </summary>
    public LookupTables KeepingFailed(LookupTables previous, IReadOnlySet<string> failedFiles)
    {
        var tables = new Dictionary<string, LookupTable>(_tables, StringComparer.Ordinal);
        foreach (var (name, table) in previous._tables)
        {
            if (!tables.ContainsKey(name) && failedFiles.Contains(Path.Combine(FolderName, name + ".csv")))
            {
                tables[name] = table;
            }
        }

        return new LookupTables(tables);
    }

    /// <summary>Reads every <c>*.csv</c> in <c>DIR/lookups</c>.</summary>
    public static LookupTables Read(string mappingsDirectory, List<MappingError> errors)
    {
        var tables = new Dictionary<string, LookupTable>(StringComparer.Ordinal);
        var folder = Path.Combine(mappingsDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            return new LookupTables(tables);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(mappingsDirectory, path);
            if (Parse(file, File.ReadAllText(path), errors) is { } table)
            {
                tables.Add(Path.GetFileNameWithoutExtension(path), table);
            }
        }

        return new LookupTables(tables);
    }

    /// <summary>Reads one table's text; null (with errors) when a row is malformed or a code repeats.</summary>
    public static LookupTable? Parse(string file, string text, List<MappingError> errors)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var before = errors.Count;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 1; index < lines.Length; index++)
        {
            var line = lines[index];
            if (line.Length == 0)
            {
                continue;
            }

            var cells = CsvLine.Split(line);
            var at = new SourcePosition(file, index + 1, 1);
            if (cells is null || cells.Count < 2)
            {
                errors.Add(new MappingError(at, "A row needs two columns: the code, then what it translates to."));
            }
            else if (!rows.TryAdd(cells[0], cells[1]))
            {
                errors.Add(new MappingError(at, $"The code '{cells[0]}' is listed twice; each code may appear once."));
            }
        }

        if (lines.Length == 0 || lines[0].Length == 0)
        {
            errors.Add(new MappingError(new SourcePosition(file, 1, 1), "The first line must be a header naming the two columns, e.g. local_code,loinc."));
        }

        return errors.Count == before ? new LookupTable(name, rows) : null;
    }
}

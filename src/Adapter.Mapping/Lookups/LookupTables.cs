using System.Globalization;
using Adapter.Mapping.Documents;
using CsvHelper;
using CsvHelper.Configuration;

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
    /// These tables, plus the previous version of each table that is no longer among them: one
    /// whose file now fails to read (a broken edit must not silently empty a table that mappings in
    /// force still use) and, with <paramref name="deletedToo"/>, one whose file is gone (mappings
    /// kept in force were loaded with it).
    /// </summary>
    public LookupTables Keeping(LookupTables previous, bool deletedToo)
    {
        var tables = new Dictionary<string, LookupTable>(_tables, StringComparer.Ordinal);
        foreach (var (name, table) in previous._tables)
        {
            if (deletedToo || Failed.Contains(name))
            {
                tables.TryAdd(name, table);
            }
        }

        return new LookupTables(tables) { Failed = Failed };
    }

    /// <summary>The names of tables whose file has errors (and so are not in this set).</summary>
    public IReadOnlySet<string> Failed { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Reads every <c>*.csv</c> in <c>DIR/lookups</c>.</summary>
    public static LookupTables Read(string mappingsDirectory, List<MappingError> errors)
    {
        var tables = new Dictionary<string, LookupTable>(StringComparer.Ordinal);
        var folder = Path.Combine(mappingsDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            return new LookupTables(tables);
        }

        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(mappingsDirectory, path);
            if (Parse(file, File.ReadAllText(path), errors) is { } table)
            {
                tables.Add(Path.GetFileNameWithoutExtension(path), table);
            }
            else
            {
                failed.Add(Path.GetFileNameWithoutExtension(path));
            }
        }

        return new LookupTables(tables) { Failed = failed };
    }

    /// <summary>Reads one table's text (RFC 4180 CSV); null (with errors) when a row is malformed or a code repeats.</summary>
    public static LookupTable? Parse(string file, string text, List<MappingError> errors)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var before = errors.Count;
        if (text.Length == 0 || text[0] is '\r' or '\n')
        {
            errors.Add(new MappingError(new SourcePosition(file, 1, 1), "The first line must be a header naming the two columns, e.g. local_code,loinc."));
            return null;
        }

        var badData = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => badData = true,
            IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        parser.Read();
        var unclosedAt = 0;
        while (true)
        {
            var startsAt = parser.RawRow + 1;
            if (!parser.Read())
            {
                break;
            }

            // Reading the cells is what reports bad data. Quotes come in pairs in RFC 4180 (one
            // inside a quoted cell is doubled): an odd count where a cell opens with a quote means
            // the cell was left open and took in the rest of the file.
            var cells = parser.Record ?? [];
            var raw = parser.RawRecord;
            if (raw.Count(c => c == '"') % 2 == 1 && (raw.StartsWith('"') || raw.Contains(",\"", StringComparison.Ordinal)))
            {
                unclosedAt = startsAt;
                break;
            }

            var at = new SourcePosition(file, parser.RawRow, 1);
            if (badData)
            {
                errors.Add(new MappingError(at, "A quote stands inside a cell that is not in quotes; put the whole cell in quotes and write the quote twice (\"\")."));
                badData = false;
                continue;
            }

            if (cells.Length < 2)
            {
                errors.Add(new MappingError(at, "A row needs two columns: the code, then what it translates to."));
            }
            else if (!rows.TryAdd(cells[0], cells[1]))
            {
                errors.Add(new MappingError(at, $"The code '{cells[0]}' is listed twice; each code may appear once."));
            }
        }

        if (unclosedAt > 0)
        {
            errors.Add(new MappingError(new SourcePosition(file, unclosedAt, 1), "A quoted cell is not closed; end it with \" (write \"\" for a quote inside it)."));
        }

        return errors.Count == before ? new LookupTable(Path.GetFileNameWithoutExtension(file), rows) : null;
    }
}

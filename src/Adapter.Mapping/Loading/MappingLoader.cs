using Adapter.Mapping.Documents;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;
using Adapter.Mapping.Reading;
using Adapter.Mapping.Schema;

namespace Adapter.Mapping.Loading;

/// <summary>
/// Reads a mappings folder: every <c>*.yaml</c> file in it, checked against the schema and its
/// connector kind, with its expressions compiled, and the lookup tables in <c>lookups/</c>. Every
/// error is collected; nothing stops at the first.
/// </summary>
/// <param name="environment">Reads an environment variable.</param>
/// <param name="keepUnsetVariables">
/// For a dry run (<c>mapping test</c>): an unset variable stays <c>${NAME}</c> instead of being an
/// error, and is listed in <see cref="MappingSet.UnsetVariables"/>.
/// </param>
public sealed class MappingLoader(Func<string, string?> environment, bool keepUnsetVariables = false)
{
    private readonly SortedSet<string> _unset = new(StringComparer.Ordinal);

    /// <summary>A loader that reads environment variables from this process.</summary>
    public static MappingLoader ForProcess(bool keepUnsetVariables = false) => new(Environment.GetEnvironmentVariable, keepUnsetVariables);

    public MappingSet Load(string directory)
    {
        var errors = new List<MappingError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new MappingError(new SourcePosition(directory, 1, 1), "The mappings folder does not exist."));
            return new MappingSet([], LookupTables.Empty, errors);
        }

        var lookups = LookupTables.Read(directory, errors);
        var files = Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal);
        var loaded = new List<PartnerMapping>();
        foreach (var path in files)
        {
            var file = Path.GetRelativePath(directory, path);
            if (LoadFileSafely(file, path, lookups, errors) is { } partner)
            {
                loaded.Add(partner);
            }
        }

        // Two files naming one partner: neither is applied (whichever sorts first must not win), so
        // the version in force stays until one of them is renamed or removed.
        var partners = new List<PartnerMapping>();
        foreach (var group in loaded.GroupBy(partner => partner.Partner, StringComparer.Ordinal))
        {
            if (group.Count() == 1)
            {
                partners.Add(group.Single());
                continue;
            }

            foreach (var partner in group)
            {
                var others = string.Join(", ", group.Where(other => other != partner).Select(other => other.File));
                errors.Add(new MappingError(partner.Position, $"The partner name '{partner.Partner}' is also used by {others}; each partner has one file, so neither is applied."));
            }
        }

        return new MappingSet(partners, lookups, errors) { UnsetVariables = _unset.ToList() };
    }

    // Whatever goes wrong reading one file (a file locked, a case this reader did not foresee) is
    // that file's error: it must never stop the service or the other files.
    private PartnerMapping? LoadFileSafely(string file, string path, LookupTables lookups, List<MappingError> errors)
    {
        try
        {
            return LoadFile(file, File.ReadAllText(path), lookups, errors);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            errors.Add(new MappingError(new SourcePosition(file, 1, 1), $"The file could not be read ({exception.GetType().Name}); it is not applied."));
            return null;
        }
    }

    /// <summary>Reads one mapping file's text; null when it has errors (added to <paramref name="errors"/>).</summary>
    public PartnerMapping? LoadFile(string file, string text, LookupTables lookups, List<MappingError> errors)
    {
        var before = errors.Count;
        var document = MappingDocument.Read(file, text, errors);
        if (document is null)
        {
            return null;
        }

        MappingSchema.Embedded.Validate(document, errors);
        var schemaErrors = errors.Count - before;
        var values = new EnvironmentValues(environment, keepUnsetVariables);
        var partner = new MappingReader(new ExpressionCompiler(lookups), values).Read(document, errors);
        _unset.UnionWith(values.Unset);
        return schemaErrors == 0 && partner is not null ? partner with { UnsetVariables = values.Unset.ToList() } : null;
    }
}

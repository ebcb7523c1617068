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
        var partners = new List<PartnerMapping>();
        foreach (var path in files)
        {
            var file = Path.GetRelativePath(directory, path);
            if (LoadFile(file, File.ReadAllText(path), lookups, errors) is { } partner)
            {
                if (partners.FirstOrDefault(other => other.Partner == partner.Partner) is { } other)
                {
                    errors.Add(new MappingError(partner.Position, $"The partner name '{partner.Partner}' is already used by {other.File}; each partner has one file."));
                }
                else
                {
                    partners.Add(partner);
                }
            }
        }

        return new MappingSet(partners, lookups, errors) { UnsetVariables = _unset.ToList() };
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

using System.Text.RegularExpressions;
using Adapter.Mapping.Documents;

namespace Adapter.Mapping.Reading;

/// <summary>
/// Substitutes <c>${NAME}</c> in setting and credential values from the environment, reporting each
/// variable that is not set; or, for a dry run, keeping <c>${NAME}</c> in place and listing it.
/// </summary>
internal sealed partial class EnvironmentValues(Func<string, string?> environment, bool keepUnset = false)
{
    private readonly SortedSet<string> _unset = new(StringComparer.Ordinal);

    /// <summary>The variables left as <c>${NAME}</c> (only when unset ones are kept).</summary>
    public IReadOnlyCollection<string> Unset => _unset;

    public string? Resolve(string value, SourcePosition at, List<MappingError> errors)
    {
        // ${ that does not make a valid reference would otherwise be sent as it is written.
        foreach (Match malformed in Anything().Matches(value))
        {
            if (!Reference().IsMatch(malformed.Value))
            {
                errors.Add(new MappingError(at, $"'{malformed.Value}' is not an environment variable reference: a name has letters, digits and _ only, as in ${{DOCUS_LABS_API_KEY}}."));
                return null;
            }
        }

        var missing = false;
        var resolved = Reference().Replace(value, match =>
        {
            var name = match.Groups[1].Value;
            if (environment(name) is { Length: > 0 } found)
            {
                return found;
            }

            if (keepUnset)
            {
                _unset.Add(name);
                return match.Value;
            }

            errors.Add(new MappingError(at, $"The environment variable {name} is not set; the service needs it to call this partner."));
            missing = true;
            return string.Empty;
        });
        return missing ? null : resolved;
    }

    public static bool IsReference(string value) => WholeReference().IsMatch(value);

    /// <summary>Whether a value still holds a <c>${NAME}</c> (a dry run's unset variable).</summary>
    public static bool HasReference(string value) => Reference().IsMatch(value);

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\$\{[^}]*\}?")]
    private static partial Regex Anything();

    [GeneratedRegex(@"^\$\{[A-Za-z_][A-Za-z0-9_]*\}$")]
    private static partial Regex WholeReference();
}

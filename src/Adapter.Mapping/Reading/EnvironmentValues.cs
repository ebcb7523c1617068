using System.Text.RegularExpressions;
using Adapter.Mapping.Documents;

namespace Adapter.Mapping.Reading;

/// <summary>Substitutes <c>${NAME}</c> in setting and credential values from the environment, reporting each variable that is not set.</summary>
internal sealed partial class EnvironmentValues(Func<string, string?> environment)
{
    public string? Resolve(string value, SourcePosition at, List<MappingError> errors)
    {
        var missing = false;
        var resolved = Reference().Replace(value, match =>
        {
            var name = match.Groups[1].Value;
            if (environment(name) is { Length: > 0 } found)
            {
                return found;
            }

            errors.Add(new MappingError(at, $"The environment variable {name} is not set; the service needs it to call this partner."));
            missing = true;
            return string.Empty;
        });
        return missing ? null : resolved;
    }

    public static bool IsReference(string value) => WholeReference().IsMatch(value);

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\$\{[A-Za-z_][A-Za-z0-9_]*\}$")]
    private static partial Regex WholeReference();
}

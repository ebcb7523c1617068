using System.Text.RegularExpressions;

namespace Adapter.Mapping.Reading;

/// <summary>
/// The paths mapping files give into partner answers: names joined by dots, <c>[n]</c> for a list
/// item (<c>data.reports</c>, <c>result.items[0].id</c>); empty for the answer itself.
/// </summary>
internal static partial class JsonPaths
{
    public static bool IsValid(string path) => path.Length == 0 || Path().IsMatch(path);

    [GeneratedRegex(@"^[A-Za-z_$][\w$-]*(\[\d+\])*(\.[A-Za-z_$][\w$-]*(\[\d+\])*)*$")]
    private static partial Regex Path();
}

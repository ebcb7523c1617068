namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// What an <see cref="AdapterProcess"/> gets beyond its ports and data directory: more command-line
/// arguments (<c>--Mappings:Directory=DIR</c>, <c>--Delivery:...</c>) and environment variables (the
/// <c>${NAME}</c>s a mapping file names).
/// </summary>
internal sealed record AdapterLaunch(IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment)
{
    public static AdapterLaunch Default { get; } = new([], new Dictionary<string, string>(StringComparer.Ordinal));
}

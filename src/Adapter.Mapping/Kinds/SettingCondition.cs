namespace Adapter.Mapping.Kinds;

/// <summary>A condition on a mapping's setting: <paramref name="Setting"/> is one of <paramref name="Values"/>.</summary>
public sealed record SettingCondition(string Setting, IReadOnlyList<string> Values);

namespace Adapter.Mapping.Kinds;

/// <summary>
/// A value a partner of this kind needs besides its field mappings: URLs, credentials, identifiers
/// given at onboarding, options such as the Docus report audience.
/// </summary>
/// <param name="Name">The key under <c>settings:</c> (or <c>auth:</c> when <paramref name="Secret"/>).</param>
/// <param name="Required">Whether a mapping of this kind must give it.</param>
/// <param name="Secret">A credential: must be an environment variable reference, never written in the file.</param>
/// <param name="Description">One sentence for analysts.</param>
public sealed record SettingSpec(string Name, bool Required, bool Secret, string Description)
{
    /// <summary>The values the setting may take, when it is a choice.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>Whether the value must be an absolute http(s) URL.</summary>
    public bool IsUrl { get; init; }
}

using YamlDotNet.RepresentationModel;

namespace Adapter.Mapping.Reading;

/// <summary>Small readers over YAML nodes for the mapping reader (the schema has already checked their shapes).</summary>
internal static class YamlNodes
{
    public static YamlNode? Child(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(this YamlMappingNode mapping, string key) =>
        mapping.Child(key) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    public static bool Flag(this YamlMappingNode mapping, string key) =>
        mapping.Text(key) is "true";

    public static YamlScalarNode? KeyNode(this YamlMappingNode mapping, string key) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(node => node.Value == key);

    public static IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(this YamlMappingNode mapping)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: not null } name)
            {
                yield return (name, value);
            }
        }
    }
}

using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Adapter.Mapping.Documents;

/// <summary>
/// The YAML document written as indented JSON for the schema validator, one value per line, with
/// the YAML node each JSON line came from: a schema error at a JSON line points back at the YAML.
/// </summary>
internal sealed partial class JsonProjection
{
    private readonly StringBuilder _json = new();
    private readonly List<YamlNode> _nodeAtLine = [];
    private readonly List<YamlNode> _valueAtLine = [];
    private int _line = 1;

    private JsonProjection()
    {
    }

    /// <summary>The JSON text.</summary>
    public string Json => _json.ToString();

    /// <summary>The YAML node a JSON line (counted from 1) was written for.</summary>
    public YamlNode? NodeAt(int line) => line >= 1 && line <= _nodeAtLine.Count ? _nodeAtLine[line - 1] : null;

    /// <summary>The YAML value written on a JSON line (for a key's line, the key's value).</summary>
    public YamlNode? ValueAt(int line) => line >= 1 && line <= _valueAtLine.Count ? _valueAtLine[line - 1] : null;

    public static JsonProjection Of(YamlNode root)
    {
        var projection = new JsonProjection();
        projection.Write(root, root, 0);
        return projection;
    }

    private void Write(YamlNode node, YamlNode lineOwner, int depth)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                Line(lineOwner, node, "{");
                var first = true;
                foreach (var (key, value) in mapping.Children)
                {
                    NewLine(first ? null : ",");
                    first = false;
                    Indent(depth + 1);
                    _json.Append(Quote(key is YamlScalarNode { Value: { } name } ? name : key.ToString())).Append(": ");
                    Write(value, key, depth + 1);
                }

                NewLine(null);
                Indent(depth);
                _json.Append('}');
                break;
            case YamlSequenceNode sequence:
                Line(lineOwner, node, "[");
                for (var index = 0; index < sequence.Children.Count; index++)
                {
                    NewLine(index == 0 ? null : ",");
                    Indent(depth + 1);
                    Write(sequence.Children[index], sequence.Children[index], depth + 1);
                }

                NewLine(null);
                Indent(depth);
                _json.Append(']');
                break;
            case YamlScalarNode scalar:
                Line(lineOwner, node, Scalar(scalar));
                break;
            default:
                Line(lineOwner, node, "null");
                break;
        }
    }

    // The first thing written on a line decides which YAML node the line stands for.
    private void Line(YamlNode owner, YamlNode value, string text)
    {
        while (_nodeAtLine.Count < _line)
        {
            _nodeAtLine.Add(owner);
            _valueAtLine.Add(value);
        }

        _json.Append(text);
    }

    private void NewLine(string? separator)
    {
        if (separator is not null)
        {
            _json.Append(separator);
        }

        _json.Append('\n');
        _line++;
    }

    private void Indent(int depth) => _json.Append(' ', depth * 2);

    // Plain scalars keep YAML's reading of true, false, null and numbers; quoted ones are text.
    private static string Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.Plain)
        {
            if (value is "true" or "false" or "null")
            {
                return value;
            }

            if (value.Length == 0 || value == "~")
            {
                return "null";
            }

            // Only what JSON itself reads as a number (08 or +5 are text to JSON, so to the schema).
            if (JsonNumber().IsMatch(value))
            {
                return value;
            }
        }

        return Quote(value);
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex JsonNumber();
}

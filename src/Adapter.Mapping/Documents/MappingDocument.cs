using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Adapter.Mapping.Documents;

/// <summary>
/// A mapping file read as YAML nodes that keep their line and column, so every later check can say
/// where its problem is.
/// </summary>
public sealed class MappingDocument
{
    private MappingDocument(string file, YamlNode? root)
    {
        File = file;
        Root = root;
    }

    /// <summary>The file's name as errors show it (relative to the mappings folder).</summary>
    public string File { get; }

    /// <summary>The document's root node; null for an empty file.</summary>
    public YamlNode? Root { get; }

    /// <summary>Reads YAML text; a syntax error (or a key written twice) comes back as the one error, at its place.</summary>
    public static MappingDocument? Read(string file, string text, List<MappingError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            errors.Add(new MappingError(new SourcePosition(file, (int)exception.Start.Line, (int)exception.Start.Column), SyntaxMessage(exception)));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet reports some unclosed flow collections this way, without a position.
            errors.Add(new MappingError(new SourcePosition(file, 1, 1), $"The file is not valid YAML: {exception.Message}"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            errors.Add(new MappingError(new SourcePosition(file, (int)second.Line, (int)second.Column), "A mapping file holds one document; remove the '---' and what follows, or move it to its own file."));
        }

        return new MappingDocument(file, stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode);
    }

    /// <summary>The position of a node in this file.</summary>
    public SourcePosition PositionOf(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>The position at the start of the file.</summary>
    public SourcePosition Start => new(File, 1, 1);

    private static string SyntaxMessage(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var detail = message.Contains(')') && message.StartsWith('(') ? message[(message.IndexOf(')') + 1)..].Trim(' ', ':') : message;
        return detail.StartsWith("Duplicate key", StringComparison.Ordinal)
            ? $"The key '{detail["Duplicate key".Length..].Trim()}' is written twice in the same block."
            : $"The file is not valid YAML: {detail}";
    }
}

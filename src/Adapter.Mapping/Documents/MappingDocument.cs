using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Adapter.Mapping.Documents;

/// <summary>
/// A mapping file read as YAML nodes that keep their line and column, so every later check can say
/// where its problem is.
/// </summary>
internal sealed class MappingDocument
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
        catch (YamlException exception) when (UnclosedFlowCollection(text) is null)
        {
            errors.Add(new MappingError(new SourcePosition(file, (int)exception.Start.Line, (int)exception.Start.Column), SyntaxMessage(exception)));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or YamlException)
        {
            // A [ or { left open is found by the parser only where the text ends, far from the
            // mistake (and sometimes reported without a position): the parser's events say which
            // one was still open.
            var opened = UnclosedFlowCollection(text);
            errors.Add(new MappingError(new SourcePosition(file, opened?.Line ?? 1, opened?.Column ?? 1), $"The file is not valid YAML: this {opened?.Bracket ?? "[ or {"} is not closed; close it on the same line, or write the list as '- ' items."));
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

    private static (int Line, int Column, string Bracket)? UnclosedFlowCollection(string text)
    {
        // Every collection is pushed, block ones too, so each end pops its own start.
        var open = new Stack<(int Line, int Column, string? Bracket)>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart start:
                        open.Push(((int)start.Start.Line, (int)start.Start.Column, start.Style == SequenceStyle.Flow ? "[" : null));
                        break;
                    case MappingStart start:
                        open.Push(((int)start.Start.Line, (int)start.Start.Column, start.Style == MappingStyle.Flow ? "{" : null));
                        break;
                    case SequenceEnd or MappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or YamlException)
        {
            // Expected: the same failure as the load; what is still open is the answer.
        }

        foreach (var (line, column, bracket) in open)
        {
            if (bracket is not null)
            {
                return (line, column, bracket);
            }
        }

        return null;
    }

    private static string SyntaxMessage(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var detail = message.Contains(')') && message.StartsWith('(') ? message[(message.IndexOf(')') + 1)..].Trim(' ', ':') : message;
        return detail.StartsWith("Duplicate key", StringComparison.Ordinal)
            ? $"The key '{detail["Duplicate key".Length..].Trim()}' is written twice in the same block."
            : $"The file is not valid YAML: {detail}";
    }
}

namespace Adapter.Mapping.Expressions;

/// <summary>
/// Finds an unbalanced parenthesis or an unclosed quote before the FHIRPath parser does: the
/// parser only says where it stopped, which for a missing ')' is a place that is fine.
/// </summary>
internal static class Brackets
{
    /// <summary>A sentence naming the first problem; null when every bracket and quote is closed.</summary>
    public static string? FirstProblem(string text)
    {
        var open = new Stack<(char Bracket, int Column)>();
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (c == '/' && index + 1 < text.Length && text[index + 1] is '/' or '*')
            {
                // A comment: brackets and quotes in it do not count.
                var end = text[index + 1] == '/' ? text.IndexOf('\n', index) : text.IndexOf("*/", index + 2, StringComparison.Ordinal);
                if (end < 0 && text[index + 1] == '*')
                {
                    return $"the comment opened at column {index + 1} is not closed with */.";
                }

                index = end < 0 ? text.Length : end + (text[index + 1] == '*' ? 1 : 0);
                continue;
            }

            if (c == '"')
            {
                return $"FHIRPath text goes in single quotes: the \" at column {index + 1} would be read as a name.";
            }

            if (c is '\'' or '`')
            {
                var close = ClosingQuote(text, index);
                if (close < 0)
                {
                    return $"the {Quote(c)} opened at column {index + 1} is not closed.";
                }

                index = close;
            }
            else if (c is '(' or '[' or '{')
            {
                open.Push((c, index + 1));
            }
            else if (c is ')' or ']' or '}')
            {
                if (open.Count == 0 || open.Pop().Bracket != Opening(c))
                {
                    return $"the '{c}' at column {index + 1} closes nothing that is open.";
                }
            }
        }

        return open.Count > 0 ? $"the '{open.Peek().Bracket}' opened at column {open.Peek().Column} is not closed with '{Closing(open.Peek().Bracket)}'." : null;
    }

    // Inside quotes a backslash escapes the next character.
    private static int ClosingQuote(string text, int start)
    {
        for (var index = start + 1; index < text.Length; index++)
        {
            if (text[index] == '\\')
            {
                index++;
            }
            else if (text[index] == text[start])
            {
                return index;
            }
        }

        return -1;
    }

    private static string Quote(char c) => c == '`' ? "name in backticks" : "text in single quotes";

    private static char Opening(char closing) => closing switch { ')' => '(', ']' => '[', _ => '{' };

    private static char Closing(char opening) => opening switch { '(' => ')', '[' => ']', _ => '}' };
}

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
            if (c is '\'' or '`' or '"')
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

    private static string Quote(char c) => c switch
    {
        '\'' => "text in single quotes",
        '`' => "name in backticks",
        _ => "text in double quotes",
    };

    private static char Opening(char closing) => closing switch { ')' => '(', ']' => '[', _ => '{' };

    private static char Closing(char opening) => opening switch { '(' => ')', '[' => ']', _ => '}' };
}

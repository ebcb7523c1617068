namespace Adapter.Hl7v2.Paths;

/// <summary>Reads the text form of <see cref="Hl7Path"/>.</summary>
internal ref struct Hl7PathParser
{
    private readonly string _text;
    private int _position;

    private Hl7PathParser(string text) => _text = text;

    public static Hl7Path Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Hl7PathParser(text.Trim());
        return parser.ParsePath();
    }

    private Hl7Path ParsePath()
    {
        var groups = new List<Hl7PathStep>();
        while (true)
        {
            var nameStart = _position;
            var name = ReadName();
            var occurrence = ReadIndex();
            if (Peek() == '/')
            {
                if (name.Length < 2)
                {
                    throw Error(nameStart, "a group name");
                }

                _position++;
                groups.Add(new Hl7PathStep(name, occurrence));
                continue;
            }

            if (name.Length != 3 || !char.IsAsciiLetterUpper(name[0]) || name.Any(c => !char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)))
            {
                throw Error(nameStart, "a segment id of three upper-case letters or digits");
            }

            Expect('-', "'-' and a field number after the segment");
            var field = ReadNumber("a field number");
            var repetition = ReadIndex();
            int? component = TryDot() ? ReadNumber("a component number") : null;
            int? subcomponent = component is not null && TryDot() ? ReadNumber("a subcomponent number") : null;
            if (_position != _text.Length)
            {
                throw Error(_position, "the end of the path");
            }

            return new Hl7Path(groups, name, occurrence, field, repetition, component, subcomponent);
        }
    }

    private string ReadName()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return start == _position ? throw Error(start, "a segment id or group name") : _text[start.._position];
    }

    private int ReadIndex()
    {
        if (Peek() != '[')
        {
            return 1;
        }

        _position++;
        var value = ReadNumber("a 1-based number in brackets");
        Expect(']', "']'");
        return value;
    }

    private int ReadNumber(string what)
    {
        var start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]) && _position - start < 6)
        {
            _position++;
        }

        if (start == _position || !int.TryParse(_text.AsSpan(start, _position - start), out var value) || value < 1)
        {
            throw Error(start, what);
        }

        return value;
    }

    private bool TryDot()
    {
        if (Peek() != '.')
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(char expected, string what)
    {
        if (Peek() != expected)
        {
            throw Error(_position, what);
        }

        _position++;
    }

    private readonly char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private readonly FormatException Error(int column, string expected) =>
        new($"The path '{_text}' needs {expected} at column {column + 1}.");
}

using Adapter.Hl7v2.Encoding;

namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// A field, repetition, component or subcomponent of a parsed message: a window over its bytes.
/// A default instance stands for an element that is not there, and reads as empty.
/// </summary>
/// <remarks>
/// Asking a field for a component reads its first repetition; asking a component for component 1
/// gives the component itself. This is how receivers read values sent with less structure than
/// the standard defines, and how a composite inside a component reads its subcomponents.
/// </remarks>
public readonly struct Hl7Element
{
    private readonly Hl7Message? _message;
    private readonly int _start;
    private readonly int _length;
    private readonly ElementLevel _level;

    internal Hl7Element(Hl7Message message, int start, int length, ElementLevel level)
    {
        _message = message;
        _start = start;
        _length = length;
        _level = level;
    }

    /// <summary>True when the element is absent or was sent empty.</summary>
    public bool IsEmpty => _length == 0;

    /// <summary>True when the element is the explicit null <c>""</c>: the sender asks to clear the value.</summary>
    public bool IsNull => _length == 2 && Raw[0] == (byte)'"' && Raw[1] == (byte)'"';

    /// <summary>True when the element holds something other than the explicit null.</summary>
    public bool HasValue => _length > 0 && !IsNull;

    /// <summary>The element's bytes as they are in the message, escapes included.</summary>
    public ReadOnlySpan<byte> Raw => _message is null ? default : _message.Data.Span.Slice(_start, _length);

    /// <summary>The element as ER7 text: escapes and inner delimiters as written.</summary>
    public string Er7 => _message is null ? string.Empty : _message.Encoding.GetString(Raw);

    /// <summary>
    /// The decoded text: escapes resolved, formatting rendered or kept as the parse options say.
    /// The explicit null reads as empty (see <see cref="IsNull"/>). For a composite the inner
    /// delimiters stay as they are; read its parts for exact values.
    /// </summary>
    public string Value => Decode(_message?.Options.Formatting ?? FormattingEscapes.Render);

    /// <summary>The number of repetitions (of a field) or parts (of anything else); 0 when empty.</summary>
    public int PartCount => _length == 0 ? 0 : _level == ElementLevel.Literal ? 1 : Raw.Count(Separator) + 1;

    private byte Separator => _level switch
    {
        ElementLevel.Field => _message!.Delimiters.Repetition,
        ElementLevel.Repetition => _message!.Delimiters.Component,
        ElementLevel.Component => _message!.Delimiters.Subcomponent,
        _ => 0,
    };

    /// <summary>The decoded text with an explicit choice for formatting escapes.</summary>
    public string Decode(FormattingEscapes formatting)
    {
        if (_message is null || _length == 0 || IsNull)
        {
            return string.Empty;
        }

        return _level == ElementLevel.Literal
            ? _message.Encoding.GetString(Raw)
            : Hl7Escaping.Unescape(Raw, _message.Delimiters, _message.Encoding, formatting);
    }

    /// <summary>Repetition <paramref name="number"/> (1-based) of a field.</summary>
    public Hl7Element Repetition(int number) => _level switch
    {
        _ when _message is null => default,
        ElementLevel.Field => Part(number),
        _ => number == 1 ? this : default,
    };

    /// <summary>Component <paramref name="number"/> (1-based); of the first repetition when this is a field.</summary>
    public Hl7Element Component(int number) => _level switch
    {
        _ when _message is null => default,
        ElementLevel.Field => Part(1).Part(number),
        ElementLevel.Repetition => Part(number),
        _ => number == 1 ? this : default,
    };

    /// <summary>Subcomponent <paramref name="number"/> (1-based) of the first component.</summary>
    public Hl7Element Subcomponent(int number) => _level switch
    {
        _ when _message is null => default,
        ElementLevel.Field or ElementLevel.Repetition => Component(1).Subcomponent(number),
        ElementLevel.Component => Part(number),
        _ => number == 1 ? this : default,
    };

    /// <summary>
    /// Part <paramref name="number"/> one level down: a field's repetition, a repetition's
    /// component, a component's subcomponent. A leaf's only part is itself.
    /// </summary>
    public Hl7Element Part(int number)
    {
        if (_message is null || number < 1)
        {
            return default;
        }

        if (_level is ElementLevel.Subcomponent or ElementLevel.Literal)
        {
            return number == 1 ? this : default;
        }

        var raw = Raw;
        var separator = Separator;
        var offset = 0;
        for (var i = 1; i < number; i++)
        {
            var next = raw[offset..].IndexOf(separator);
            if (next < 0)
            {
                return default;
            }

            offset += next + 1;
        }

        var length = raw[offset..].IndexOf(separator);
        return new Hl7Element(_message, _start + offset, length < 0 ? raw.Length - offset : length, _level + 1);
    }

    /// <summary>Every part one level down, in order, for walking them all in one scan.</summary>
    public Hl7PartList Parts() => new(this);

    /// <summary>The part starting at <paramref name="offset"/> within this element; a leaf is its own single part.</summary>
    internal Hl7Element PartAt(int offset, out int length)
    {
        if (_level is ElementLevel.Subcomponent or ElementLevel.Literal)
        {
            length = _length;
            return this;
        }

        var rest = Raw[offset..];
        var end = rest.IndexOf(Separator);
        length = end < 0 ? rest.Length : end;
        return new Hl7Element(_message!, _start + offset, length, _level + 1);
    }

    /// <summary>A field's first repetition; any other element itself. Typed readers start here.</summary>
    public Hl7Element FirstRepetition() => _level == ElementLevel.Field ? Part(1) : this;

    public override string ToString() => Value;
}

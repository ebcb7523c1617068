using Adapter.Hl7v2.Encoding;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Building;

/// <summary>
/// One segment being built. Fields are held as ER7 text; every value set through this type is
/// escaped, so text with delimiters or line breaks cannot change the message structure.
/// </summary>
public sealed class Hl7SegmentBuilder
{
    /// <summary>The explicit null, <c>""</c>: tells the receiver to clear the value.</summary>
    public const string ExplicitNull = "\"\"";

    private readonly List<string> _fields = [];
    private readonly Hl7Delimiters _delimiters;
    private readonly LineBreaks _lineBreaks;

    internal Hl7SegmentBuilder(string id, Hl7Delimiters delimiters, LineBreaks lineBreaks)
    {
        if (id.Length != 3 || !char.IsAsciiLetterUpper(id[0]) || id.Any(c => !char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)))
        {
            throw new ArgumentException($"'{id}' is not a segment id (three upper-case letters or digits).", nameof(id));
        }

        Id = id;
        _delimiters = delimiters;
        _lineBreaks = lineBreaks;
    }

    public string Id { get; }

    /// <summary>The highest field number set.</summary>
    public int FieldCount => _fields.Count;

    internal bool IsHeader => HeaderSegments.IsHeader(Id);

    /// <summary>Sets a whole field to one value. Nothing past the last field is written for no value, so no trailing delimiters.</summary>
    public Hl7SegmentBuilder Set(int field, string? value) => IsTrailingNothing(field, value) ? this : SetRaw(field, Escape(value));

    /// <summary>Sets one component of the first repetition.</summary>
    public Hl7SegmentBuilder Set(int field, int component, string? value) => Set(field, 1, component, 1, value);

    /// <summary>Sets one subcomponent anywhere in a field; the parts before it are created empty.</summary>
    public Hl7SegmentBuilder Set(int field, int repetition, int component, int subcomponent, string? value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repetition, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(component, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(subcomponent, 1);
        if (IsTrailingNothing(field, value))
        {
            return this;
        }

        var repetitions = Split(GetRaw(field), _delimiters.Repetition, repetition);
        var components = Split(repetitions[repetition - 1], _delimiters.Component, component);
        var subcomponents = Split(components[component - 1], _delimiters.Subcomponent, subcomponent);
        subcomponents[subcomponent - 1] = Escape(value);
        components[component - 1] = Join(subcomponents, _delimiters.Subcomponent);
        repetitions[repetition - 1] = Join(components, _delimiters.Component);
        return SetRaw(field, Join(repetitions, _delimiters.Repetition));
    }

    /// <summary>Sets the components of the first repetition of a field, in order.</summary>
    public Hl7SegmentBuilder SetComponents(int field, params string?[] components) =>
        SetRaw(field, Join(components.Select(Escape).ToList(), _delimiters.Component));

    /// <summary>Adds a repetition made of these components.</summary>
    public Hl7SegmentBuilder AddRepetition(int field, params string?[] components)
    {
        var repetition = Join(components.Select(Escape).ToList(), _delimiters.Component);
        var existing = GetRaw(field);
        return SetRaw(field, existing.Length == 0 ? repetition : $"{existing}{(char)_delimiters.Repetition}{repetition}");
    }

    /// <summary>Sets a field to ER7 text that is already encoded (delimiters and escapes as they must be sent).</summary>
    public Hl7SegmentBuilder SetRaw(int field, string er7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(field, 1);
        if (IsHeader && field <= 2)
        {
            throw new ArgumentOutOfRangeException(nameof(field), $"{Id}-1 and {Id}-2 are the delimiters; choose them when creating the message.");
        }

        while (_fields.Count < field)
        {
            _fields.Add(string.Empty);
        }

        _fields[field - 1] = er7;
        return this;
    }

    /// <summary>The ER7 text of a field; empty when not set.</summary>
    public string GetRaw(int field) => field >= 1 && field <= _fields.Count ? _fields[field - 1] : string.Empty;

    /// <summary>Sets MSH-1/MSH-2 as written (kept byte for byte when a parsed message is rebuilt).</summary>
    internal void SetHeaderDelimiters(string fieldSeparator, string encodingCharacters)
    {
        while (_fields.Count < 2)
        {
            _fields.Add(string.Empty);
        }

        _fields[0] = fieldSeparator;
        _fields[1] = encodingCharacters;
    }

    internal IReadOnlyList<string> Fields => _fields;

    private bool IsTrailingNothing(int field, string? value) => string.IsNullOrEmpty(value) && field > _fields.Count;

    private string Escape(string? value) =>
        value is null or ExplicitNull ? value ?? string.Empty : Hl7Escaping.Escape(value, _delimiters, _lineBreaks);

    private static List<string> Split(string raw, byte separator, int atLeast)
    {
        var parts = raw.Length == 0 ? [string.Empty] : raw.Split((char)separator).ToList();
        while (parts.Count < atLeast)
        {
            parts.Add(string.Empty);
        }

        return parts;
    }

    private static string Join(List<string> parts, byte separator) => string.Join((char)separator, parts);
}

namespace Adapter.Hl7v2.Parsing;

/// <summary>How deep an element sits, which says which separator splits it into parts.</summary>
internal enum ElementLevel : byte
{
    Field,
    Repetition,
    Component,
    Subcomponent,

    /// <summary>MSH-1 and MSH-2: delimiters written as data, never split or unescaped.</summary>
    Literal,
}

namespace Adapter.Hl7v2.Structures;

/// <summary>Short constructors so structure definitions read like the standard's abstract syntax.</summary>
internal static class StructureSyntax
{
    /// <summary><c>SEG</c>: required, once.</summary>
    public static SegmentRule Seg(string id) => new(id, Optional: false, Repeating: false);

    /// <summary><c>[SEG]</c>.</summary>
    public static SegmentRule Opt(string id) => new(id, Optional: true, Repeating: false);

    /// <summary><c>[{SEG}]</c>.</summary>
    public static SegmentRule OptRep(string id) => new(id, Optional: true, Repeating: true);

    /// <summary><c>{SEG}</c>.</summary>
    public static SegmentRule Rep(string id) => new(id, Optional: false, Repeating: true);

    /// <summary><c>&lt;A | B | ...&gt;</c>, required.</summary>
    public static ChoiceRule OneOf(params string[] ids) => new(ids, Optional: false);

    public static GroupRule Group(string name, params StructureRule[] children) => new(name, false, false, children);

    public static GroupRule OptGroup(string name, params StructureRule[] children) => new(name, true, false, children);

    public static GroupRule RepGroup(string name, params StructureRule[] children) => new(name, false, true, children);

    public static GroupRule OptRepGroup(string name, params StructureRule[] children) => new(name, true, true, children);
}

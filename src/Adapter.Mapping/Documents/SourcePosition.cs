namespace Adapter.Mapping.Documents;

/// <summary>A place in a mapping file, counted from 1 as editors show it.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

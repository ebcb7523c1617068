namespace Adapter.Mapping.Documents;

/// <summary>One problem in a mapping file: where it is and a plain sentence saying what is wrong.</summary>
public sealed record MappingError(SourcePosition Position, string Message)
{
    /// <summary><c>file:line:column: sentence</c>, the form editors and terminals link.</summary>
    public override string ToString() => $"{Position}: {Message}";
}

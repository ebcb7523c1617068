using Adapter.Mapping.Documents;
using Adapter.Mapping.Expressions;

namespace Adapter.Mapping.Model;

/// <summary>How one field of a request is computed: an expression, or for an object, its own fields.</summary>
/// <param name="Name">The field's name on the wire.</param>
/// <param name="Position">Where the mapping file writes it.</param>
/// <param name="Expression">The expression, for a value field.</param>
/// <param name="Fields">The fields, for an object field.</param>
public sealed record FieldMapping(string Name, SourcePosition Position, MappingExpression? Expression, IReadOnlyList<FieldMapping> Fields);

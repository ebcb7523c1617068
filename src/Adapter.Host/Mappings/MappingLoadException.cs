using Adapter.Mapping.Documents;

namespace Adapter.Host.Mappings;

/// <summary>Thrown at start when the mapping files do not validate: the service refuses to run with them.</summary>
public sealed class MappingLoadException(IReadOnlyList<MappingError> errors)
    : Exception($"{errors.Count} error(s) in the mapping files.")
{
    public IReadOnlyList<MappingError> Errors { get; } = errors;
}

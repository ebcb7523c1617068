using Adapter.Mapping.Documents;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;

namespace Adapter.Mapping.Loading;

/// <summary>Every partner mapping of a mappings folder, with the lookup tables they use, and the errors found reading them.</summary>
public sealed record MappingSet(IReadOnlyList<PartnerMapping> Partners, LookupTables Lookups, IReadOnlyList<MappingError> Errors)
{
    /// <summary>Environment variables a dry run left as <c>${NAME}</c> because they are not set.</summary>
    public IReadOnlyCollection<string> UnsetVariables { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    public PartnerMapping? Find(string partner) => Partners.FirstOrDefault(mapping => mapping.Partner == partner);
}

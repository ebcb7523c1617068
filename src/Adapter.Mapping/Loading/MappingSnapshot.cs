using Adapter.Mapping.Documents;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;

namespace Adapter.Mapping.Loading;

/// <summary>
/// The partner mappings in force at one moment: the last good version of every file, and the
/// problems of any file that no longer validates (which keeps running in its last good version).
/// </summary>
/// <param name="Partners">The mappings in force.</param>
/// <param name="Lookups">The lookup tables read with them.</param>
/// <param name="Problems">Errors of files not applied; empty when every file on disk is in force.</param>
/// <param name="LoadedAt">When the folder was last read.</param>
/// <param name="Version">Counts the reads of the folder.</param>
public sealed record MappingSnapshot(
    IReadOnlyList<PartnerMapping> Partners,
    LookupTables Lookups,
    IReadOnlyList<MappingError> Problems,
    DateTimeOffset LoadedAt,
    long Version)
{
    public PartnerMapping? Find(string partner) => Partners.FirstOrDefault(mapping => mapping.Partner == partner);
}

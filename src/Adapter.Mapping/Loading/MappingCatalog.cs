using Adapter.Mapping.Model;

namespace Adapter.Mapping.Loading;

/// <summary>
/// Holds the mappings in force and replaces them when the folder changes. A file that validates
/// replaces its previous version; a file that does not is not applied, its last good version stays
/// in force and its errors are kept for the log, readiness and the admin API. Readers take
/// <see cref="Current"/>, an immutable snapshot, without locks.
/// </summary>
public sealed class MappingCatalog(string directory, MappingLoader loader, TimeProvider time)
{
    private readonly Lock _reloading = new();
    private MappingSnapshot _current = new([], Lookups.LookupTables.Empty, [], time.GetUtcNow(), 0);

    public string Directory { get; } = directory;

    public MappingSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The folder's <see cref="FolderSignature"/> as it was just before the last read: a later change differs from it.</summary>
    public string LoadedSignature { get; private set; } = string.Empty;

    /// <summary>Reads the folder again and returns what is in force after it.</summary>
    public MappingSnapshot Reload()
    {
        lock (_reloading)
        {
            var previous = Current;
            LoadedSignature = FolderSignature.Of(Directory);
            var set = loader.Load(Directory);
            var failedFiles = set.Errors.Select(error => error.Position.File).ToHashSet(StringComparer.Ordinal);
            var partners = new List<PartnerMapping>(set.Partners);
            var kept = previous.Partners.Where(old => failedFiles.Contains(old.File) && partners.All(fresh => fresh.Partner != old.Partner)).ToList();
            partners.AddRange(kept);

            partners.Sort((a, b) => string.CompareOrdinal(a.Partner, b.Partner));
            // A mapping kept in force keeps the tables it was loaded with, even one deleted since.
            var lookups = set.Lookups.Keeping(previous.Lookups, deletedToo: kept.Count > 0);
            var next = new MappingSnapshot(partners, lookups, set.Errors, time.GetUtcNow(), previous.Version + 1);
            Volatile.Write(ref _current, next);
            return next;
        }
    }
}

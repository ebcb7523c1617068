using Adapter.Mapping.Loading;

namespace Adapter.Host.Admin;

/// <summary>What <c>GET /admin/mappings</c> shows: the partners in force and the errors of files not applied.</summary>
internal sealed record MappingsView(string? Directory, DateTimeOffset? LoadedAt, long Version, IReadOnlyList<MappingPartnerView> Partners, IReadOnlyList<MappingProblemView> Problems)
{
    public static MappingsView None { get; } = new(null, null, 0, [], []);

    public static MappingsView From(MappingCatalog catalog)
    {
        var snapshot = catalog.Current;
        return new MappingsView(
            catalog.Directory,
            snapshot.LoadedAt,
            snapshot.Version,
            [.. snapshot.Partners.Select(partner => new MappingPartnerView(partner.Partner, partner.Kind.Name, partner.File, [.. partner.Operations.Select(operation => operation.Name)]))],
            [.. snapshot.Problems.Select(problem => new MappingProblemView(problem.Position.File, problem.Position.Line, problem.Position.Column, problem.Message))]);
    }
}

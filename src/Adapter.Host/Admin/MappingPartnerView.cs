namespace Adapter.Host.Admin;

/// <summary>A partner mapping in force, as <c>GET /admin/mappings</c> lists it.</summary>
internal sealed record MappingPartnerView(string Partner, string Kind, string File, IReadOnlyList<string> Operations);

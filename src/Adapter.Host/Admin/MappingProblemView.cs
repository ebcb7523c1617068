namespace Adapter.Host.Admin;

/// <summary>An error of a mapping file not applied, as <c>GET /admin/mappings</c> lists it.</summary>
internal sealed record MappingProblemView(string File, int Line, int Column, string Message);

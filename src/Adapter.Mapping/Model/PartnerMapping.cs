using Adapter.Mapping.Documents;
using Adapter.Mapping.Kinds;

namespace Adapter.Mapping.Model;

/// <summary>One partner, as its mapping file defines it, checked and with its expressions compiled.</summary>
/// <param name="File">The file it was read from, relative to the mappings folder.</param>
/// <param name="Partner">The partner's name.</param>
/// <param name="Kind">The connector that calls it.</param>
/// <param name="Settings">Settings with environment variables substituted.</param>
/// <param name="Auth">Credentials read from the environment; never logged or printed.</param>
/// <param name="Accept">The inbound messages it receives.</param>
/// <param name="Operations">The calls it plans for each accepted message.</param>
/// <param name="Return">Where its results go back to.</param>
/// <param name="Position">Where the partner's name is written.</param>
public sealed record PartnerMapping(
    string File,
    string Partner,
    ConnectorKind Kind,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Auth,
    IReadOnlyList<AcceptRule> Accept,
    IReadOnlyList<OperationMapping> Operations,
    ReturnRoute Return,
    SourcePosition Position)
{
    /// <summary>For each open answer (<c>reports</c>), where each value is: a JSON path by value name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Responses { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Environment variables this file names that a dry run left as <c>${NAME}</c>.</summary>
    public IReadOnlyCollection<string> UnsetVariables { get; init; } = [];
}

namespace Adapter.Mapping.Kinds;

/// <summary>
/// What a partner kind (the connector a mapping selects with <c>kind:</c>) requires of a mapping
/// file, from the vendor's document: its settings, credentials and operations.
/// </summary>
/// <param name="Name">The kind as written in mapping files (<c>docus-labs</c>).</param>
/// <param name="Description">One sentence for analysts.</param>
/// <param name="Settings">Values under <c>settings:</c>.</param>
/// <param name="Auth">Credentials under <c>auth:</c>, each an environment variable reference.</param>
/// <param name="Operations">The calls a mapping may plan.</param>
public sealed record ConnectorKind(
    string Name,
    string Description,
    IReadOnlyList<SettingSpec> Settings,
    IReadOnlyList<SettingSpec> Auth,
    IReadOnlyList<OperationSpec> Operations)
{
    /// <summary>How its calls are authenticated.</summary>
    public PartnerAuthentication Authentication { get; init; } = PartnerAuthentication.BearerToken;

    /// <summary>The answers whose shape the mapping names, where the vendor's document leaves it open.</summary>
    public IReadOnlyList<ResponseSpec> Responses { get; init; } = [];

    /// <summary>The operation of this name, if the kind has one.</summary>
    public OperationSpec? Operation(string name) => Operations.FirstOrDefault(operation => operation.Name == name);
}

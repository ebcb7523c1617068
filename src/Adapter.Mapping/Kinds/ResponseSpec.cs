namespace Adapter.Mapping.Kinds;

/// <summary>
/// A partner answer whose shape the vendor's document leaves open (Imaging-AI's report list, the
/// LIS's created patient): the mapping names where each value is, as a path into the JSON answer.
/// </summary>
/// <param name="Name">The key under <c>responses:</c> (<c>reports</c>).</param>
/// <param name="Description">One sentence for analysts.</param>
/// <param name="Fields">The values the connector reads; required ones must be given.</param>
public sealed record ResponseSpec(string Name, string Description, IReadOnlyList<FieldSpec> Fields);

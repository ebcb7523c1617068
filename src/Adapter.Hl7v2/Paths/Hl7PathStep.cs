namespace Adapter.Hl7v2.Paths;

/// <summary>A group step of a path: <c>ORDER_OBSERVATION[2]</c>.</summary>
public sealed record Hl7PathStep(string Group, int Occurrence);

namespace Adapter.Mapping.Planning;

/// <summary>One problem with a planned call, for a person (<see cref="Text"/>) and for an answer that names where it comes from (<see cref="Field"/>).</summary>
/// <param name="Field">The partner field or path parameter it is about (<c>patient_email</c>, <c>file_base64.content</c>); null when it is about no one field.</param>
/// <param name="Text">The sentence: what is wrong, without the value.</param>
/// <param name="Kind">What kind of problem it is.</param>
public sealed record PlanProblem(string? Field, string Text, PlanProblemKind Kind);

namespace Adapter.Mapping.Planning;

/// <summary>What kind of problem a planned call has.</summary>
public enum PlanProblemKind
{
    /// <summary>A field or path parameter the partner requires has no value.</summary>
    Missing,

    /// <summary>A value is not of the type the partner takes (a number, true or false).</summary>
    WrongType,

    /// <summary>A value is not one of those the partner accepts.</summary>
    NotAllowed,

    /// <summary>A value is longer than the partner accepts.</summary>
    TooLong,

    /// <summary>An expression failed on this message.</summary>
    ExpressionFailed,
}

using System.Text.Json.Nodes;
using Adapter.Mapping.Model;

namespace Adapter.Mapping.Planning;

/// <summary>One partner call a mapping planned for a message: what would be sent, before any connector adds credentials.</summary>
/// <param name="Operation">The operation's name (<c>submitLabResults</c>).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path with its placeholders filled, or null where the URL is a setting.</param>
/// <param name="Body">The request body.</param>
/// <param name="Trigger">When it runs: with the message, or later (a follow-up).</param>
/// <param name="Warnings">Fields the partner requires that came out empty, values beyond the partner's limits.</param>
public sealed record PlannedOperation(string Operation, string Method, string? Path, JsonObject Body, OperationTrigger Trigger, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The value of the kind's ordering field (a Docus reference id, a QUBS appointment id): calls
    /// with the same value run one at a time, in order. Null when the kind names none or it is empty.
    /// </summary>
    public string? OrderingKey { get; init; }

    /// <summary>The wait after the last message for <see cref="OrderingKey"/>, for a quiet-period follow-up.</summary>
    public TimeSpan? QuietPeriod { get; init; }

    /// <summary>Whether a follow-up that already ran runs again for corrected results.</summary>
    public bool RepeatOnCorrection { get; init; }

    /// <summary><see cref="Warnings"/> with the field each is about.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; init; } = [];
}

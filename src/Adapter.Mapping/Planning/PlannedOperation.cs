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
public sealed record PlannedOperation(string Operation, string Method, string? Path, JsonObject Body, OperationTrigger Trigger, IReadOnlyList<string> Warnings);

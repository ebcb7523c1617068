using System.Text.Json.Nodes;
using Adapter.Mapping.Model;

namespace Adapter.Engine.Delivery;

/// <summary>One attempt at one operation, as a connector receives it.</summary>
/// <param name="Partner">The partner's mapping: settings and credentials.</param>
/// <param name="Operation">The operation's name (<c>submitLabResults</c>).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path with its placeholders filled, or null where the URL is a setting.</param>
/// <param name="Body">The request body.</param>
/// <param name="IdempotencyKey">The operation's key, the same on every attempt and replay.</param>
/// <param name="Attempt">This attempt's number, counting from 1.</param>
/// <param name="OperationId">The operation's id in the outbox, for logs.</param>
public sealed record DeliveryRequest(
    PartnerMapping Partner,
    string Operation,
    string Method,
    string? Path,
    JsonObject Body,
    string IdempotencyKey,
    int Attempt,
    long OperationId);

using System.Security.Cryptography;
using System.Text;

namespace Adapter.Engine.Routing;

/// <summary>
/// Idempotency keys: a hash of what an operation does, so planning the same message again (after a
/// restart, a resend or a replay) gives the same keys and the outbox holds each operation once.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>
    /// The key of one operation: <paramref name="subject"/> is what it is about (the message, or for
    /// a follow-up the ordering key it follows up), <paramref name="target"/> which call of the
    /// operation it is for that subject. 32 hex characters, safe in any header.
    /// </summary>
    public static string For(string subject, string partner, string operation, string target)
    {
        var text = string.Join('\u001F', "v1", subject, partner, operation, target);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }
}

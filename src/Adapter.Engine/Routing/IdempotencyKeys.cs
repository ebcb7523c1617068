using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Adapter.Engine.Routing;

/// <summary>
/// Idempotency keys: a hash of what an operation does, so planning the same message again (after a
/// restart, a resend or a replay) gives the same keys and the outbox holds each operation once.
/// Every part is written with its length before it, so no value can pass for two (an HL7 value may
/// hold any separator we might choose).
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>
    /// The key of one operation: <paramref name="subject"/> is what it is about (the message, or for
    /// a follow-up the ordering key it follows up), <paramref name="target"/> which call of the
    /// operation it is for that subject. 32 hex characters, safe in any header.
    /// </summary>
    public static string For(string subject, string partner, string operation, string target) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Compose("v1", subject, partner, operation, target))).AsSpan(0, 16));

    /// <summary>Several values as one subject, unambiguously: <c>3:LAB5:HOSP...</c>.</summary>
    public static string Compose(params IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);
        }

        return text.ToString();
    }
}

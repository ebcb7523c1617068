using System.Security.Cryptography;
using System.Text;

namespace Adapter.Fhir.Identity;

/// <summary>
/// Resource ids derived from what identifies a resource (its business identifiers, or the message
/// and its place in it), so converting the same message twice yields the same ids.
/// </summary>
internal static class DeterministicIds
{
    /// <summary>A name-based UUID (RFC 9562 version 8) from the SHA-256 of the key.</summary>
    public static Guid From(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var length = Encoding.UTF8.GetByteCount(key);
        var utf8 = length <= 1024 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(key, utf8);
        SHA256.HashData(utf8, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}

using System.Security.Cryptography;

namespace Adapter.Hl7v2.Acknowledgements;

/// <summary>
/// Twenty random upper-case letters and digits: unique enough never to repeat, and within the
/// 20-character limit v2.5.1 sets for MSH-10.
/// </summary>
public sealed class RandomControlIdGenerator : IControlIdGenerator
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public string Next() => RandomNumberGenerator.GetString(Alphabet, 20);
}

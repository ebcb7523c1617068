using System.Text;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Benchmarks.Mllp;

/// <summary>
/// Makes every sent message distinct: the template's MSH-10 is replaced by a field of fixed width
/// (the run prefix and a zero-padded counter, 20 characters), so a connection rewrites only those
/// bytes of its own copy before each send, and an acknowledgement's MSA-2 is checked without allocating.
/// </summary>
internal sealed class UniqueControlIds
{
    public const int PrefixLength = 8;
    public const int Length = 20;
    private const int CounterDigits = Length - PrefixLength;

    private readonly byte[] _template;
    private readonly int _offset;
    private long _last;

    public UniqueControlIds(ReadOnlySpan<byte> message, string runPrefix)
    {
        if (runPrefix.Length != PrefixLength || !Ascii.IsValid(runPrefix))
        {
            throw new ArgumentException($"The run prefix must be {PrefixLength} ASCII characters.", nameof(runPrefix));
        }

        var (start, length) = FindControlId(message);
        _template = [.. message[..start], .. new byte[Length], .. message[(start + length)..]];
        _offset = start;
        Encoding.ASCII.GetBytes(runPrefix, _template.AsSpan(_offset, PrefixLength));
    }

    /// <summary>A connection's own copy of the message, to pass to <see cref="Write"/>.</summary>
    public byte[] NewMessage() => (byte[])_template.Clone();

    /// <summary>The next control id number; unique across every connection of the run.</summary>
    public long Next() => Interlocked.Increment(ref _last);

    /// <summary>Puts control id <paramref name="number"/> into MSH-10 of <paramref name="message"/>.</summary>
    public void Write(Span<byte> message, long number) => WriteCounter(message.Slice(_offset + PrefixLength, CounterDigits), number);

    /// <summary>Whether <paramref name="controlId"/> (an MSA-2) is control id <paramref name="number"/> of this run.</summary>
    public bool Matches(ReadOnlySpan<byte> controlId, long number)
    {
        Span<byte> expected = stackalloc byte[Length];
        _template.AsSpan(_offset, PrefixLength).CopyTo(expected);
        WriteCounter(expected[PrefixLength..], number);
        return controlId.SequenceEqual(expected);
    }

    private static void WriteCounter(Span<byte> digits, long number)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (byte)('0' + (number % 10));
            number /= 10;
        }
    }

    /// <summary>Where MSH-10 lies: after the ninth field separator of the MSH segment (MSH-1 is the first).</summary>
    private static (int Start, int Length) FindControlId(ReadOnlySpan<byte> message)
    {
        var header = Hl7Message.Parse(message.ToArray()).Header;
        var separator = message[3];
        var start = 0;
        for (var seen = 0; seen < 9; seen++)
        {
            var next = message[start..].IndexOf(separator);
            start = next < 0 ? throw new InvalidDataException("The message's MSH segment has no MSH-10.") : start + next + 1;
        }

        var length = message[start..].IndexOfAny(separator, (byte)'\r');
        length = length < 0 ? message.Length - start : length;
        if (!message.Slice(start, length).SequenceEqual(header.Field(10).Raw))
        {
            throw new InvalidDataException("MSH-10 could not be located in the message's header.");
        }

        return (start, length);
    }
}

using System.Buffers;

namespace Adapter.Hl7v2.Encoding;

/// <summary>A growable byte buffer on pooled arrays, for building decoded values without garbage.</summary>
internal ref struct ByteSink
{
    private byte[] _buffer;
    private int _length;

    public ByteSink(int capacity)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(capacity);
        _length = 0;
    }

    public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Append(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void Append(scoped ReadOnlySpan<byte> values)
    {
        Ensure(values.Length);
        values.CopyTo(_buffer.AsSpan(_length));
        _length += values.Length;
    }

    public void Repeat(byte value, int count)
    {
        Ensure(count);
        _buffer.AsSpan(_length, count).Fill(value);
        _length += count;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Ensure(int extra)
    {
        if (_length + extra <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + extra));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}

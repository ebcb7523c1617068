using System.Runtime.InteropServices;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>Hands memory to SQLite as a byte array, without copying when the memory is a whole array.</summary>
internal static class SqliteBlobs
{
    public static byte[] From(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();
}

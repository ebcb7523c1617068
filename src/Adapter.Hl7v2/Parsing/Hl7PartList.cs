namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// The parts of an element one level down, walked once from left to right. Reading part n by
/// number scans from the start each time; walking them all this way costs one scan in total.
/// </summary>
public readonly struct Hl7PartList(Hl7Element element)
{
    public Enumerator GetEnumerator() => new(element);

    /// <summary>Moves through the parts without allocating.</summary>
    public struct Enumerator(Hl7Element element)
    {
        private int _offset = -1;

        public Hl7Element Current { get; private set; }

        public bool MoveNext()
        {
            if (element.IsEmpty || _offset >= element.Raw.Length)
            {
                return false;
            }

            var start = _offset + 1;
            Current = element.PartAt(start, out var length);
            _offset = start + length;
            return true;
        }
    }
}

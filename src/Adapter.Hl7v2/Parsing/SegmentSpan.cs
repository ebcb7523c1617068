namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// One segment in the index: where its bytes are and where its field starts are in the shared
/// field table. Raw field 0 is the segment id; raw field <c>k</c> starts after the k-th separator.
/// </summary>
internal readonly record struct SegmentSpan(int Start, int End, int FirstField, int RawFieldCount);

namespace Adapter.Benchmarks.Mllp;

/// <summary>A sent message waiting for its acknowledgement: its control id number and when it went.</summary>
internal readonly record struct InFlight(long Number, long SentAt, bool Measured);

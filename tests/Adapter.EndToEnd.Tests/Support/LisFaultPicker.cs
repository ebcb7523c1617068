namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// Picks the fault for each request from a seeded <see cref="Random"/>: about 30% fail, in a mix of
/// answers that apply nothing (500, 503, 429), answers lost after the effect was applied (stall,
/// abort) and an abort before it. Which request gets which fault still depends on the order
/// requests arrive in, which concurrency does not fix.
/// </summary>
internal sealed class LisFaultPicker(int seed)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public LisFault Next()
    {
        int roll;
        lock (_gate)
        {
            roll = _random.Next(100);
        }

        return roll switch
        {
            < 6 => LisFault.ServerError,
            < 11 => LisFault.Unavailable,
            < 16 => LisFault.TooManyRequests,
            < 21 => LisFault.AppliedThenStall,
            < 26 => LisFault.AppliedThenAbort,
            < 30 => LisFault.AbortBeforeApply,
            _ => LisFault.None,
        };
    }
}

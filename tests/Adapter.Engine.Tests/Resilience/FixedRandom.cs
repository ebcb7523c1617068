namespace Adapter.Engine.Tests.Resilience;

/// <summary>A <see cref="Random"/> whose <see cref="NextDouble"/> is always one value, to pin the jitter.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}

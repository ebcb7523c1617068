namespace Adapter.EndToEnd.Tests.Durability;

/// <summary>Tests that run adapter processes take turns, so their timing is not skewed by each other on a small machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AdapterProcessCollection
{
    public const string Name = "adapter processes";
}

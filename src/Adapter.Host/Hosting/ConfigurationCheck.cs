using Adapter.Host.Delivery;
using Adapter.Host.Journal;
using Adapter.Host.Mllp;
using Adapter.Host.Outbound;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Hosting;

/// <summary>
/// Validates every options section before the host is built. Building already reads some of them
/// (Kestrel's endpoints, the journal), and would stop at the first invalid one; checking first
/// reports every problem in every section together.
/// </summary>
internal static class ConfigurationCheck
{
    /// <summary>Throws an <see cref="OptionsValidationException"/> (or several in an AggregateException) naming every problem.</summary>
    public static void Validate(IConfiguration configuration)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddStoreOptions()
            .AddHttpOptions()
            .AddMllpOptions()
            .AddOutboundOptions()
            .AddDeliveryOptions();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }
}

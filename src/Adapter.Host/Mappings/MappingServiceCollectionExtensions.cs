using Adapter.Host.Health;
using Adapter.Mapping.Loading;

namespace Adapter.Host.Mappings;

/// <summary>
/// Registers the partner mappings when a folder is configured: read once before the host starts
/// (refusing to start on any error), then reread by <see cref="MappingReloadService"/>.
/// </summary>
internal static class MappingServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMappings(this IHostApplicationBuilder builder, TimeProvider? time)
    {
        var services = builder.Services;
        services.AddOptions<MappingOptions>().BindConfiguration(MappingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(MappingOptions.Section).Get<MappingOptions>() ?? new MappingOptions();
        if (options.Directory is not { Length: > 0 } directory)
        {
            return builder;
        }

        var catalog = new MappingCatalog(Path.GetFullPath(directory), MappingLoader.ForProcess(), time ?? TimeProvider.System);
        var loaded = catalog.Reload();
        if (loaded.Problems.Count > 0)
        {
            throw new MappingLoadException(loaded.Problems);
        }

        services.AddSingleton(catalog);
        services.AddHostedService<MappingReloadService>();
        services.AddHealthChecks().AddCheck<MappingHealthCheck>("mappings", tags: [HealthTags.Ready]);
        return builder;
    }
}

using Adapter.Host.Admin;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Hosting;

/// <summary>Registers the HTTP side: its endpoint options, Kestrel's endpoints (HTTP and MLLP), the admin API's access rule, problem details.</summary>
internal static class HttpServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddHttpEndpoints(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpOptions();
        services.AddTransient<IConfigureOptions<KestrelServerOptions>, KestrelEndpointsSetup>();
        services.AddProblemDetails();
        return builder;
    }

    public static IServiceCollection AddHttpOptions(this IServiceCollection services)
    {
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        return services;
    }
}

using System.Diagnostics;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// Starts the real adapter (<c>dotnet adapter.dll ...</c>) that the project reference copies beside
/// the test assembly, with stdout and stderr redirected.
/// </summary>
internal static class AdapterCommand
{
    public static string AdapterDll { get; } = Path.Combine(AppContext.BaseDirectory, "adapter.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params IEnumerable<string> arguments)
    {
        if (!File.Exists(AdapterDll))
        {
            throw new FileNotFoundException($"adapter.dll was not copied beside the tests ({AdapterDll}); build the test project first.", AdapterDll);
        }

        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AdapterDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    // The dotnet that runs the tests (set by the SDK), else the one on the PATH.
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}

using Adapter.Benchmarks.Mllp;
using BenchmarkDotNet.Running;

// "mllp ..." runs the MLLP load generator against a running adapter; anything else is BenchmarkDotNet.
if (args is ["mllp", .. var load])
{
    return await MllpLoadCommand.Create().Parse(load).InvokeAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

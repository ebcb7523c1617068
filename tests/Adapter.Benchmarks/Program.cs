using Adapter.Benchmarks.Mllp;
using Adapter.Benchmarks.Outbound;
using BenchmarkDotNet.Running;

// "mllp ..." runs the MLLP load generator against a running adapter; "outbound-drain ..." the
// outbound queue's sustained run; anything else is BenchmarkDotNet.
if (args is ["mllp", .. var load])
{
    return await MllpLoadCommand.Create().Parse(load).InvokeAsync();
}

if (args is ["outbound-drain", .. var drain])
{
    return await OutboundDrainCommand.Create().Parse(drain).InvokeAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

using Adapter.Host.Cli;

return AdapterCommandLine.Create(TimeProvider.System).Parse(args).Invoke(AdapterCommandLine.Invocation());

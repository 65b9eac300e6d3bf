using BenchmarkDotNet.Running;

// `dotnet run -c Release -- --filter '*'` runs every benchmark; `--filter '*Ofx*'` one class; `--list flat` names them.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;

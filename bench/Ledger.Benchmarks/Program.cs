using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// `dotnet run -c Release -- --filter '*'` runs every benchmark; `--filter '*Ofx*'` one class; `--list flat` names them.
// BenchmarkDotNet builds a copy of this project per run; on a loaded 2-core machine that took longer than its default 2 min.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

public partial class Program;

using JasperFx.CommandLine;

namespace Ledger.Api.Hosting;

/// <summary>
/// JasperFx prints "Searching '&lt;assembly&gt;' for commands" for every assembly it scans (eight lines, wrapped, before anything
/// of ours) until its extensions have been applied once in the process; applying none marks that done.
/// </summary>
public static class QuietCommandLine
{
    public static void Apply() => new CommandFactory().ApplyExtensions(new ServiceCollection());
}

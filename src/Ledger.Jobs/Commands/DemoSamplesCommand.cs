using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Domain.Demo;

namespace Ledger.Jobs.Commands;

public class DemoSamplesInput
{
}

/// <summary>Regenerates samples/demo/ (deterministic): the statements and receipts the README's run command imports for the demo client.</summary>
[Description("Write the demo client's sample statements to samples/demo/", Name = "demo-samples")]
public class DemoSamplesCommand : JasperFxCommand<DemoSamplesInput>
{
    public override bool Execute(DemoSamplesInput input)
    {
        var folder = Path.Combine(DatabaseLocation.RepositoryRoot(), "samples", "demo");
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in DemoSamples.Files())
        {
            File.WriteAllText(Path.Combine(folder, name), content);
            Console.WriteLine($"{name}: {content.Count(c => c == '\n') - 1} rows");
        }
        var receipts = Path.Combine(folder, DemoReceipts.Folder);
        Directory.CreateDirectory(receipts);
        foreach (var (name, content) in DemoReceipts.Files())
        {
            File.WriteAllBytes(Path.Combine(receipts, name), content);
            Console.WriteLine($"{DemoReceipts.Folder}/{name}: {content.Length:N0} bytes");
        }
        return true;
    }
}

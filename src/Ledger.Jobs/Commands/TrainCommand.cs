using JasperFx.CommandLine;
using Ledger.Api.Categorization;
using Marten;
using NodaTime;

namespace Ledger.Jobs.Commands;

public class TrainInput : NetCoreInput
{
    [Description("Tenant id")]
    public string TenantFlag { get; set; } = "";

    [Description("Labelled history CSV to import first (date,description,amount,account[,bank_account])")]
    public string? LabelsFlag { get; set; }

    [Description("Bank account code for label rows without a bank_account column")]
    public string AccountFlag { get; set; } = "1000";
}

[Description("Import labelled history (optional) and train the tenant's classifier and calibration", Name = "train")]
public class TrainCommand : OperatorCommand<TrainInput>
{
    protected override async Task<bool> Run(TrainInput input)
    {
        // Not started: training needs the store only, and a started host would run a daemon beside the API's.
        using var host = input.BuildHost();
        await RequireTenantAsync(host, input.TenantFlag);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        if (input.LabelsFlag is { } labels)
        {
            await using var session = store.LightweightSession(input.TenantFlag);
            using var reader = File.OpenText(labels);
            var r = await ProgressDisplay.StatusAsync($"Importing labels from {Path.GetFileName(labels)} ...", async () =>
            {
                var imported = await ImportLabels.RunAsync(session, Path.GetFileName(labels), reader, input.AccountFlag, "cli",
                    host.Services.GetRequiredService<IClock>().GetCurrentInstant(), CancellationToken.None);
                await session.SaveChangesAsync();
                return imported;
            });
            Console.WriteLine($"Imported {r.Labels} labels for {r.Vendors} vendors.");
        }
        var m = await ProgressDisplay.StatusAsync("Training the model and fitting calibration ...", async () =>
        {
            await using var session = store.LightweightSession(input.TenantFlag);
            var trained = await TrainModelHandler.Handle(new TrainModel("cli"), session, host.Services.GetRequiredService<IClock>(), CancellationToken.None);
            await session.SaveChangesAsync();
            return trained;
        });
        Console.WriteLine($"Model {m.Version}: {m.SampleCount} labels, hold-out accuracy {m.HoldoutAccuracy:P1}, trained in {m.TrainingSeconds:0.0} s; calibration {m.CalibrationVersion}");
        foreach (var (source, ece) in m.EceAfterBySource) Console.WriteLine($"  {source}: ECE after calibration {ece:0.0000}");
        return true;
    }
}

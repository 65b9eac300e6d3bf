using JasperFx.CommandLine;
using Ledger.Domain.Categorization.Model;

namespace Ledger.Jobs.Commands;

public class BenchClassifierInput : NetCoreInput
{
    [Description("Labels to train on (generated hard feed, several seeded years)")]
    public int LabelsFlag { get; set; } = 10_000;

    [Description("Classifier pipeline to fit (1 legacy SDCA, 2 L-BFGS fitted twice, 3 staged; default: current)")]
    public int PipelineFlag { get; set; } = ClassifierPipeline.Current;
}

/// <summary>Training time and single-prediction latency; no database, so the host is not built.</summary>
[Description("Benchmark classifier training and prediction latency", Name = "bench-classifier")]
public class BenchClassifierCommand : OperatorCommand<BenchClassifierInput>
{
    protected override async Task<bool> Run(BenchClassifierInput input)
    {
        await ProgressDisplay.StatusAsync($"Training on {input.LabelsFlag:N0} labels and timing predictions ...",
            () => Task.Run(() => ClassifierBenchmark.Run(Console.Out, input.LabelsFlag, pipeline: input.PipelineFlag)));
        return true;
    }
}

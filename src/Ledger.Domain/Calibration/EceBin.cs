namespace Ledger.Domain.Calibration;

/// <summary>
/// One equal-width confidence bin [Lower, Upper) (the last bin is closed at 1.0). Only counts and sums are
/// stored, never averages, so bins from different days add up to the bins of the whole window.
/// </summary>
public sealed record EceBin(int Index, double Lower, double Upper, int Count, double SumConfidence, int CorrectCount)
{
    public double MeanConfidence => Count == 0 ? 0.0 : SumConfidence / Count;
    public double Accuracy => Count == 0 ? 0.0 : (double)CorrectCount / Count;
}

/// <summary>ECE and the bins it was computed from (the bins feed the reliability diagram).</summary>
public sealed record EceResult(double Ece, IReadOnlyList<EceBin> Bins);

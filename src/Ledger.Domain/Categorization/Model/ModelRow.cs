using Microsoft.ML.Data;

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// The row ML.NET trains and predicts on. Public only because ML.NET binds it by reflection;
/// build it with <see cref="ModelRows"/>, never by hand, so training and prediction featurize alike.
/// </summary>
public sealed class ModelRow
{
    public string Text { get; set; } = "";
    public string Vendor { get; set; } = "";
    public string AmountBucket { get; set; } = "";
    public string Direction { get; set; } = "";
    public string BankAccount { get; set; } = "";
    public string VendorBucket { get; set; } = "";
    public string VendorBank { get; set; } = "";
    public float LogAmount { get; set; }
    public string Label { get; set; } = "";

    // Columns of pipeline 2 (models of pipeline 1 never read them).
    public string Words { get; set; } = "";
    public string Category { get; set; } = "";
    public string Kind { get; set; } = "";
}

/// <summary>The per-class softmax scores, in key order (see <see cref="ClassifierModel.Labels"/>).</summary>
public sealed class ModelScore
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}

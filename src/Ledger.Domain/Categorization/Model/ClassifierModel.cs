using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// A stored classifier loaded for scoring. Thread-safe: ML.NET's PredictionEngine is not, so each
/// call borrows an engine from a small pool. Loading the same bytes gives bit-identical scores,
/// which is how an auditor re-computes a past proposal.
/// </summary>
public sealed class ClassifierModel
{
    private readonly Func<PredictionEngine<ModelRow, ModelScore>>? _newEngine;
    private readonly ConcurrentBag<PredictionEngine<ModelRow, ModelScore>> _engines = [];

    private ClassifierModel(IReadOnlyList<string> labels, Func<PredictionEngine<ModelRow, ModelScore>>? newEngine)
    {
        Labels = labels;
        _newEngine = newEngine;
    }

    /// <summary>The accounts this model can propose, in score-slot order.</summary>
    public IReadOnlyList<string> Labels { get; }

    public static ClassifierModel Load(byte[] bytes)
    {
        if (ConstantModel.TryRead(bytes, out var only)) return new ClassifierModel([only], null);
        var ml = new MLContext(seed: 0);
        ITransformer model;
        try
        {
            model = ml.Model.Load(new MemoryStream(bytes, writable: false), out _);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException)
        {
            throw new DomainException($"The stored classifier could not be read: {e.Message}");
        }
        var first = ml.Model.CreatePredictionEngine<ModelRow, ModelScore>(model);
        var slots = default(VBuffer<ReadOnlyMemory<char>>);
        first.OutputSchema["Score"].GetSlotNames(ref slots);
        var labels = slots.DenseValues().Select(s => s.ToString()).ToArray();
        var result = new ClassifierModel(labels, () => ml.Model.CreatePredictionEngine<ModelRow, ModelScore>(model));
        result._engines.Add(first);
        return result;
    }

    /// <summary>The top accounts with their softmax probabilities, highest first (ties by account code).</summary>
    /// <param name="knowledge">The knowledge base the line's kind feature comes from (see <see cref="ModelRows.From(TransactionFeatures, string, Knowledge.MerchantKnowledge?)"/>).</param>
    public IReadOnlyList<AccountScore> Predict(TransactionFeatures f, int top = 3, Knowledge.MerchantKnowledge? knowledge = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (_newEngine is null) return [new AccountScore(Labels[0], 1.0)];
        var engine = _engines.TryTake(out var pooled) ? pooled : _newEngine();
        float[] score;
        try { score = engine.Predict(ModelRows.From(f, "", knowledge)).Score; }
        finally { _engines.Add(engine); }
        return score.Select((p, i) => new AccountScore(Labels[i], p))
            .OrderByDescending(s => s.Probability).ThenBy(s => s.AccountCode, StringComparer.Ordinal)
            .Take(top).ToList();
    }
}

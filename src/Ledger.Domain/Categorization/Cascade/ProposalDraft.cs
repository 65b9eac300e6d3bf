using System.Globalization;
using System.Text;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions;
using NodaTime;

namespace Ledger.Domain.Categorization;

/// <summary>
/// The cascade's answer for one transaction, before gates decide whether to auto-post it. Equality compares the lists
/// element by element, so "recompute and compare with the recorded draft" is a plain <c>==</c>.
/// </summary>
/// <param name="AccountCode">Null only for <see cref="ProposalSources.None"/>.</param>
/// <param name="Alternatives">Other candidate accounts (model scores, or the displaced proposal after an LLM answer).</param>
/// <param name="ModelVersion">Set when the model was consulted, even if another source won.</param>
/// <param name="Trace">One human-readable line per cascade step, in order.</param>
/// <param name="WantsLlm">The cascade is unsure (low p) or the vendor is new: the pipeline should ask the LLM.</param>
public sealed record ProposalDraft(
    string Source,
    string? AccountCode,
    string VendorKey,
    double RawP,
    double CalibratedP,
    IReadOnlyList<AccountScore> Alternatives,
    string? ModelVersion,
    string CalibrationVersion,
    Guid? RuleId,
    IReadOnlyList<string> Trace,
    bool WantsLlm)
{
    /// <summary>The cascade generation that made the draft (<see cref="CascadeOptions.Generation"/>).</summary>
    public int CascadeGeneration { get; init; } = 1;

    /// <summary>The merchant knowledge base version the cascade had (generation 2), whether or not it answered.</summary>
    public string? KnowledgeVersion { get; init; }

    /// <summary>The vendor's recent labels with their amounts that the history step saw (generation 2).</summary>
    public IReadOnlyList<VendorLabel>? VendorHistory { get; init; }

    /// <summary>The labelled vendor this never-labelled one is a variant of, as the cascade saw it (generation 8); null: none.</summary>
    public string? SimilarVendor { get; init; }

    /// <summary>That vendor's recent labels with their amounts (generation 8), for recomputing the proposal.</summary>
    public IReadOnlyList<VendorLabel>? SimilarVendorHistory { get; init; }

    /// <summary>
    /// The event the pipeline records; the LLM outcome supplies the call id and cost when one was made. The categorizer
    /// version and the vendor's labels are the inputs besides the transaction itself that recomputing it needs.
    /// </summary>
    public CategoryProposed ToEvent(string transactionId, LlmOutcome? llm, double proposeMilliseconds, Instant at,
        int? categorizerVersion = null, IReadOnlyDictionary<string, int>? vendorLabels = null) =>
        new(transactionId, Source, AccountCode, VendorKey, RawP, CalibratedP, Alternatives, ModelVersion, CalibrationVersion,
            RuleId, llm?.SentCallId, llm?.CostUsd ?? 0m, Trace, proposeMilliseconds, at, categorizerVersion,
            vendorLabels?.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))
        {
            CascadeGeneration = CascadeGeneration == 1 ? null : CascadeGeneration,
            KnowledgeVersion = KnowledgeVersion,
            VendorHistory = VendorHistory,
            SimilarVendor = SimilarVendor,
            SimilarVendorHistory = SimilarVendorHistory,
        };

    public bool Equals(ProposalDraft? other) =>
        other is not null
        && Source == other.Source && AccountCode == other.AccountCode && VendorKey == other.VendorKey
        && RawP.Equals(other.RawP) && CalibratedP.Equals(other.CalibratedP)
        && Alternatives.SequenceEqual(other.Alternatives)
        && ModelVersion == other.ModelVersion && CalibrationVersion == other.CalibrationVersion && RuleId == other.RuleId
        && Trace.SequenceEqual(other.Trace, StringComparer.Ordinal)
        && WantsLlm == other.WantsLlm;

    public override int GetHashCode() => HashCode.Combine(Source, AccountCode, VendorKey, RawP, CalibratedP, CalibrationVersion, RuleId, Trace.Count);

    // Show the list contents, so a failed "recomputed == recorded" assertion says what differed.
    private bool PrintMembers(StringBuilder b)
    {
        var c = CultureInfo.InvariantCulture;
        b.Append(c, $"Source = {Source}, AccountCode = {AccountCode}, VendorKey = {VendorKey}, RawP = {RawP:R}, CalibratedP = {CalibratedP:R}, ");
        b.Append("Alternatives = [").AppendJoin(", ", Alternatives.Select(a => string.Create(c, $"{a.AccountCode}:{a.Probability:R}"))).Append("], ");
        b.Append($"ModelVersion = {ModelVersion}, CalibrationVersion = {CalibrationVersion}, RuleId = {RuleId}, WantsLlm = {WantsLlm}, ");
        b.Append("Trace = [").AppendJoin(" | ", Trace).Append(']');
        return true;
    }
}

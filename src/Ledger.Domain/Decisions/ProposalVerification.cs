using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Decisions;

/// <summary>
/// A recorded proposal and what it was computed from besides the categorizer's versioned state: the bank line, the transfer
/// pairing it knew of, and, when the LLM's answer became the proposal, the model that gave it (from LlmCallRecorded).
/// </summary>
/// <param name="Transfer">The pairing standing when it was proposed (the lifecycle's, so a reopened pair is none).</param>
/// <param name="ReopenedFromAccount">The account a reopened pairing keeps out of the proposal (<see cref="TransferProposal.KeepingOut(ProposalDraft, string?)"/>).</param>
public sealed record RecordedProposal(Guid EventId, CategoryProposed Recorded, CategorizationInput Input, TransferPairDetected? Transfer, string? LlmModel,
    string? ReopenedFromAccount = null)
{
    /// <summary>The knowledge base mapped onto the tenant's chart as it stood when the proposal was made (generation 2).</summary>
    public KnowledgeContext? Knowledge { get; init; }
}

/// <param name="Fields">The fields that differ (source, accountCode, rawP, ...), or "error" when the inputs could not be replayed.</param>
public sealed record ProposalMismatch(Guid EventId, string TransactionId, IReadOnlyList<string> Fields, string Recorded, string Recomputed);

/// <summary>
/// An auditor's check of a proposal: run the same pure <see cref="Categorizer.Propose"/> on the recorded inputs (rules, model
/// and calibration of the recorded categorizer version, the recorded vendor labels) and compare. The LLM's own answer is
/// not recomputable (it is an outside service): an answer that became the proposal is folded in from what was recorded
/// (account, confidence, model), so its calibration and the comparison with the cascade are still checked; an answer that
/// lost, or an LLM not used, is the recorded trace's last line and is taken as recorded.
/// </summary>
public static class ProposalVerification
{
    /// <param name="rulesModelCalibration">The categorizer at <see cref="CategoryProposed.CategorizerVersion"/>, without vendor stats.</param>
    public static ProposalMismatch? Verify(RecordedProposal p, CascadeContext rulesModelCalibration)
    {
        // A matched receipt's line is evidence recorded beside the cascade, not recomputed by it (see ReceiptTrace).
        if (p.Recorded.Trace.Any(Receipts.ReceiptTrace.IsReceiptLine))
            p = p with { Recorded = p.Recorded with { Trace = [.. p.Recorded.Trace.Where(l => !Receipts.ReceiptTrace.IsReceiptLine(l))] } };
        var r = p.Recorded;
        ProposalDraft expected;
        try
        {
            expected = Recompute(p, rulesModelCalibration);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or DomainException)
        {
            return new ProposalMismatch(p.EventId, r.TransactionId, ["error"], Describe(Of(r, false)), e.Message);
        }
        var recorded = Of(r, expected.WantsLlm);
        var fields = Differences(recorded, expected);
        return fields.Count == 0 ? null : new ProposalMismatch(p.EventId, r.TransactionId, fields, Describe(recorded), Describe(expected));
    }

    /// <summary>The labelled vendor a generation-8 proposal's vendor was a variant of, as recorded (only its labels are read).</summary>
    static VendorLabelStats? SimilarOf(CategoryProposed r) =>
        r.SimilarVendor is { } key
            ? new VendorLabelStats(key, (r.SimilarVendorHistory ?? []).GroupBy(l => l.AccountCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                (r.SimilarVendorHistory ?? []).Select(l => l.AccountCode).ToList()) { Labels = r.SimilarVendorHistory }
            : null;

    static ProposalDraft Recompute(RecordedProposal p, CascadeContext ctx)
    {
        var r = p.Recorded;
        var vendor = Categorizer.VendorKeyOf(p.Input, r.CascadeGeneration ?? 1);
        var stats = r.VendorLabels is { } labels ? new VendorLabelStats(vendor, labels, []) { Labels = r.VendorHistory } : null;
        if (p.Transfer is { } pair) return TransferProposal.Draft(pair, vendor, ctx.Calibrations.Version, r.CascadeGeneration ?? 1);

        // Each proposal is recomputed by the cascade generation that made it: an old one by the old cascade and its options.
        var old = r.CascadeGeneration is null or 1;
        var draft = TransferProposal.KeepingOut(Categorizer.Propose(p.Input, ctx with
        {
            VendorStats = stats, Options = old ? CascadeOptions.Generation1 : ctx.Options with { Generation = r.CascadeGeneration!.Value },
            Knowledge = old ? null : p.Knowledge,
            SimilarVendor = SimilarOf(r),
        }), p.ReopenedFromAccount);
        if (!draft.WantsLlm) return draft;
        if (r.Source == ProposalSources.Llm && r.AccountCode is not null && r.LlmCallId is { } call)
            return Categorizer.WithLlm(draft, new LlmOutcome.Answered(r.AccountCode, r.RawP, "", p.LlmModel ?? "", 0, 0, r.LlmCostUsd, Duration.Zero, call),
                ctx.Calibrations);
        // The LLM's answer (or why it was not asked) is the recorded trace's line after the cascade's, and a line after it when
        // the answer named a reopened pair's account; everything before it is recomputed.
        return r.Trace.Count > draft.Trace.Count && r.Trace[draft.Trace.Count].StartsWith("llm", StringComparison.Ordinal)
            ? draft with { Trace = [.. draft.Trace, .. r.Trace.Skip(draft.Trace.Count)] }
            : draft;
    }

    static ProposalDraft Of(CategoryProposed r, bool wantsLlm) =>
        new(r.Source, r.AccountCode, r.VendorKey, r.RawP, r.CalibratedP, r.Alternatives, r.ModelVersion, r.CalibrationVersion ?? "", r.RuleId, r.Trace, wantsLlm);

    public static IReadOnlyList<string> Differences(ProposalDraft a, ProposalDraft b)
    {
        var fields = new List<string>();
        void Check(string name, bool same) { if (!same) fields.Add(name); }
        Check("source", a.Source == b.Source);
        Check("accountCode", a.AccountCode == b.AccountCode);
        Check("vendorKey", a.VendorKey == b.VendorKey);
        Check("rawP", a.RawP.Equals(b.RawP));
        Check("calibratedP", a.CalibratedP.Equals(b.CalibratedP));
        Check("alternatives", a.Alternatives.SequenceEqual(b.Alternatives));
        Check("modelVersion", a.ModelVersion == b.ModelVersion);
        Check("calibrationVersion", a.CalibrationVersion == b.CalibrationVersion);
        Check("ruleId", a.RuleId == b.RuleId);
        Check("trace", a.Trace.SequenceEqual(b.Trace, StringComparer.Ordinal));
        return fields;
    }

    static string Describe(ProposalDraft d) =>
        FormattableString.Invariant($"{d.Source} {d.AccountCode ?? "-"} p={d.RawP:R} cal={d.CalibratedP:R} model={d.ModelVersion ?? "-"} calibration={d.CalibrationVersion} rule={d.RuleId?.ToString() ?? "-"} | {string.Join(" | ", d.Trace)}");
}

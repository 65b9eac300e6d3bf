using Ledger.Api.Auth;
using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Statements;
using Ledger.Projections.Categorization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

public sealed record BankLine(string BankAccountCode, string? BankAccountName, LocalDate PostedOn, decimal Amount, string Description, string? Memo,
    string? FitId, string? CheckNumber);

public sealed record VendorHistory(string VendorKey, int TotalLabels, IReadOnlyDictionary<string, int> LabelsByAccount, IReadOnlyList<string> RecentLabels);

public sealed record StreamStep(long Version, string Event, Instant Timestamp, string? By);

public sealed record Explanation(string TransactionId, int Version, string Status, BankLine Bank, string VendorKey, CategoryProposed? Proposal,
    GateEvaluated? Gates, VendorHistory? VendorLabels, LiveEntry? Entry, IReadOnlyList<JournalEntryPosted> Entries,
    IReadOnlyList<JournalEntryReversed> Reversals, IReadOnlyList<StreamStep> History, string? TransferCounterpartId, Guid? CoveringEntryId,
    Ledger.Api.Receipts.ReceiptEvidence? Receipt = null, SlipQuestion? Slip = null);

public static class ExplainTransactionEndpoint
{
    /// <summary>
    /// Why the transaction stands as it does, read from its own events (never a lagging projection): what the bank said,
    /// the proposal with its inputs, each gate with its numbers, what people have labelled the vendor, the entry, and for a
    /// transfer leg the other leg and the entry on it that covers this one. The state is the one lifecycle fold's.
    /// </summary>
    [WolverineGet("/api/transactions/{id}/explain"), Authorize(Policy = Policies.Reader)]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var state = TransactionStates.Fold(events);
        if (state is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown transaction", detail: $"There is no transaction '{id}'.");

        var data = events.Select(e => e.Data).ToList();
        var imported = data.OfType<TransactionImported>().First();
        var proposal = data.OfType<CategoryProposed>().LastOrDefault();
        var vendorKey = proposal?.VendorKey ?? VendorKey.Normalize(imported.Payee);
        var stats = await session.LoadAsync<VendorStats>(vendorKey, ct);
        var tenant = await session.LoadAsync<Ledger.Projections.Tenants.Tenant>(session.TenantId, ct);

        var bank = new BankLine(imported.BankAccountCode, tenant?.Account(imported.BankAccountCode)?.Name, imported.PostedOn, imported.Amount,
            imported.Payee, imported.Memo, imported.FitId, imported.CheckNumber);
        var receipt = (await Ledger.Api.Receipts.ReceiptEvidence.ForTransactionsAsync(session, [id], ct)).GetValueOrDefault(id);
        var history = events.Select(e => new StreamStep(e.Version, e.EventTypeName, Instant.FromDateTimeOffset(e.Timestamp), e.UserName)).ToList();
        return Results.Ok(new Explanation(id, (int)events[^1].Version, state.Status, bank, vendorKey, proposal, data.OfType<GateEvaluated>().LastOrDefault(),
            stats is null ? null : new VendorHistory(stats.Id, stats.TotalLabels, stats.LabelsByAccount, stats.RecentLabels),
            state.Entry, data.OfType<JournalEntryPosted>().ToList(), data.OfType<JournalEntryReversed>().ToList(), history,
            state.TransferCounterpartId, state.CoveringEntryId, receipt, SlipQuestion.Of(state.SuspectedSlip)));
    }
}

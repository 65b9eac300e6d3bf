using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Evaluation;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Categorization;

/// <summary>
/// A firm's past bookkeeping for the client (<c>date,description,amount,account[,bank_account]</c>, account = chart code):
/// the labelled history the rules and the model start from. Whole or nothing, like statements.
/// </summary>
public static class ImportLabels
{
    public sealed record Result(Guid BatchId, int Labels, int Vendors);

    public static async Task<Result> RunAsync(IDocumentSession session, string fileName, TextReader csv, string defaultBankAccount, string by, Instant now, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new DomainException("Unknown tenant.");
        IReadOnlyList<FeedRow> rows;
        try { rows = LabelledFeedCsv.Parse(csv, defaultBankAccount, fileName); }
        catch (FormatException e) { throw new DomainException($"{fileName}: {e.Message}"); }

        // A history from another client usually names a handful of accounts this chart lacks: name each code once, with where
        // it first appears and how to add it, rather than one error per row.
        var missing = rows.Where(r => tenant.Account(r.TrueAccountCode) is null)
            .GroupBy(r => r.TrueAccountCode).Select(g => $"{g.Key} ({g.Count()} rows, first line {g.First().Line})").ToList();
        if (missing.Count > 0)
            throw new DomainException($"{fileName}: {missing.Count} account code(s) are not in the chart: {string.Join(", ", missing)}. " +
                "Add each to the chart (jobs: accounts add --tenant <id> --code <code> --name <name> --type Expense; API: POST /api/accounts), then import again.");
        var errors = rows.Where(r => tenant.Account(r.BankAccount) is not { Type: AccountType.Asset or AccountType.Liability })
            .Select(r => $"{fileName} line {r.Line}, field bank_account: '{r.BankAccount}' is not a bank or card account of the chart").ToList();
        if (errors.Count > 0) throw new DomainException(string.Join("; ", errors.Take(20)) + (errors.Count > 20 ? $" (and {errors.Count - 20} more)" : ""));

        var batch = Guid.NewGuid();
        var labels = rows.Select(r => (object)new TransactionLabelled(null, VendorKey.Normalize(r.RawDescription), r.RawDescription, null, r.Amount,
            r.BankAccount, r.TrueAccountCode, LabelSources.History, by, r.Date, now)).ToList();
        session.Events.StartStream<LabelBatch>($"labels-{batch:N}", labels);
        return new Result(batch, labels.Count, labels.Cast<TransactionLabelled>().Select(l => l.VendorKey).Distinct().Count());
    }

    [WolverinePost("/api/labels/import"), Authorize(Policy = Policies.Admin)]
    public static async Task<Result> Post(HttpRequest request, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        if (!request.HasFormContentType) throw new DomainException("Send the labelled history as multipart/form-data with fields 'file' and 'bankAccount'.");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw new DomainException("The form has no 'file' field.");
        using var reader = new StreamReader(file.OpenReadStream());
        return await RunAsync(session, file.FileName, reader, form["bankAccount"].ToString(), user.UserName(), clock.GetCurrentInstant(), ct);
    }
}

/// <summary>Stream type of one imported batch of labelled history.</summary>
public sealed class LabelBatch
{
    public string Id { get; set; } = "";
}

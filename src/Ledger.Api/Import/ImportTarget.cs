using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Statements.Csv;
using Ledger.Projections.Imports;
using Ledger.Projections.Tenants;
using Marten;

namespace Ledger.Api.Import;

/// <summary>Where an import goes: the tenant's bank or card account, and the CSV profile saved for it.</summary>
public static class ImportTarget
{
    public static async Task<ChartAccount> BankAccountAsync(IDocumentStore store, ImportRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession(request.TenantId);
        var tenant = await session.LoadAsync<Tenant>(request.TenantId, ct) ?? throw new DomainException($"Unknown tenant '{request.TenantId}'.");
        var account = tenant.Account(request.BankAccountCode?.Trim() ?? "");
        if (account is null || account.Type is not (AccountType.Asset or AccountType.Liability))
        {
            var choices = string.Join(", ", tenant.Chart.Where(a => a.Type is AccountType.Asset or AccountType.Liability).Select(a => $"{a.Code} {a.Name}"));
            throw new FieldRefusedException("bankAccount", $"Bank account '{request.BankAccountCode}' is not an asset or liability account of this tenant's chart. Choose one of: {choices}.");
        }
        return account;
    }

    public static async Task<CsvProfile?> CsvProfileAsync(IDocumentStore store, ImportRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession(request.TenantId);
        return (await session.LoadAsync<BankAccountSettings>(request.BankAccountCode, ct))?.CsvProfile;
    }
}

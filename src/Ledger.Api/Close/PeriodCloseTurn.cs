using Ledger.Domain.Close;
using Ledger.Projections.Tenants;
using Marten;
using Npgsql;

namespace Ledger.Api.Close;

/// <summary>
/// A close and the acts that book into a month take turns, on one advisory lock per tenant, held by the acting transaction
/// until it commits or rolls back. An act (review, decision batch, opening entry) shares it before it reads the closed months
/// and keeps it until its entries are committed; a close or reopen takes it alone before it reads them. So an act decided on
/// "the month is open" always commits before the close reads its trial balance, and an act that starts after the close
/// waits for its commit and sees the month closed. Before, an approval that read the periods just before a close committed
/// its entry just after it, into the closed month, and the trial balance as of that month changed.
/// <para>Acts share the lock with one another and never wait for each other; only a close (an admin's rare act) makes them wait.</para>
/// </summary>
public static class PeriodCloseTurn
{
    const string Key = "hashtext('ledger-close:' || @t)";

    /// <summary>The act's share, then the closed months under the tenant's policy for late entries.</summary>
    public static async Task<ClosedPeriods> ShareAsync(IDocumentSession session, Tenant tenant, CancellationToken ct)
    {
        await LockAsync(session, "pg_advisory_xact_lock_shared", ct);
        return await ClosedPeriodsLoader.LoadAsync(session, ct) with { PostsIntoFirstOpen = tenant.Limits.PostIntoFirstOpenPeriod };
    }

    /// <summary>The close's turn: every act that read the month as open has committed; none starts until this commits.</summary>
    public static Task TakeAsync(IDocumentSession session, CancellationToken ct) => LockAsync(session, "pg_advisory_xact_lock", ct);

    static async Task LockAsync(IDocumentSession session, string function, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await using var cmd = new NpgsqlCommand($"select {function}({Key})", session.Connection!);
        cmd.Parameters.AddWithValue("t", session.TenantId);
        cmd.CommandTimeout = 0;   // as long as the other side takes; the caller's token still cancels
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

using Ledger.Domain.Categorization.Model;

namespace Ledger.Domain.Tests.Categorization;

/// <summary>
/// A long-running node keeps each tenant's current classifier and a few others, not every version a retrain ever made
/// (a tenant retrains every 50 labels; before, every loaded version stayed in memory for the life of the process).
/// </summary>
public class ModelsInMemoryTests
{
    sealed record Model(string Version);

    [Fact]
    public void A_tenant_retraining_a_hundred_times_holds_its_newest_model_and_at_most_the_spares()
    {
        var models = new ModelsInMemory<Model>(spares: 3);
        for (var v = 1; v <= 100; v++) models.Keep("acme", $"m-{v}", new Model($"m-{v}"), isNewest: true);

        Assert.Equal(4, models.Count);
        Assert.True(models.TryGet("acme", "m-100", out var newest));
        Assert.Equal("m-100", newest.Version);
        Assert.True(models.TryGet("acme", "m-97", out _));   // the three latest superseded ones are spares
        Assert.False(models.TryGet("acme", "m-96", out _));
    }

    [Fact]
    public void Every_tenant_keeps_its_newest_model_whatever_other_tenants_and_audits_load()
    {
        var models = new ModelsInMemory<Model>(spares: 2);
        foreach (var tenant in new[] { "a", "b", "c" }) models.Keep(tenant, $"{tenant}-2", new Model($"{tenant}-2"), isNewest: true);
        // An audit walks tenant a's older versions: they pass through the spares and never displace a newest model.
        for (var v = 1; v <= 10; v++) models.Keep("a", $"a-old-{v}", new Model($"a-old-{v}"), isNewest: false);

        foreach (var tenant in new[] { "a", "b", "c" }) Assert.True(models.TryGet(tenant, $"{tenant}-2", out _));
        Assert.Equal(5, models.Count);
    }

    [Fact]
    public void A_batch_that_read_the_categorizer_before_a_retrain_finds_the_superseded_model_without_reloading_it()
    {
        var models = new ModelsInMemory<Model>();
        var first = models.Keep("acme", "m-1", new Model("m-1"), isNewest: true);
        models.Keep("acme", "m-2", new Model("m-2"), isNewest: true);

        Assert.True(models.TryGet("acme", "m-1", out var again));
        Assert.Same(first, again);
        // A second load of the same version (two batches at once) keeps the instance already held.
        Assert.Same(first, models.Keep("acme", "m-1", new Model("m-1"), isNewest: false));
    }
}

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// The classifiers a process keeps loaded: each tenant's newest version, plus a few superseded or historical ones (an
/// audit re-verifying older proposals, a batch that read the categorizer just before a retrain). Keeping every version
/// ever loaded grew without bound: a tenant retrains every 50 labels and a loaded model holds 2-3 MB.
/// </summary>
public sealed class ModelsInMemory<TModel>(int spares = ModelsInMemory.DefaultSpares) where TModel : class
{
    readonly Lock _gate = new();
    readonly Dictionary<string, (string Version, TModel Model)> _newest = new(StringComparer.Ordinal);
    // Most recently used first; the last one leaves when a new one would make more than `spares`.
    readonly LinkedList<(string Version, TModel Model)> _spares = new();

    public bool TryGet(string tenant, string version, out TModel model)
    {
        lock (_gate)
        {
            if (_newest.TryGetValue(tenant, out var newest) && newest.Version == version)
            {
                model = newest.Model;
                return true;
            }
            for (var node = _spares.First; node is not null; node = node.Next)
            {
                if (node.Value.Version != version) continue;
                _spares.Remove(node);
                _spares.AddFirst(node);
                model = node.Value.Model;
                return true;
            }
        }
        model = null!;
        return false;
    }

    /// <summary>
    /// Keeps a loaded model: as the tenant's newest when it is the version the tenant decides with now (its previous
    /// newest becomes a spare), else as a spare. Returns the instance to use (another caller may have loaded it first).
    /// </summary>
    public TModel Keep(string tenant, string version, TModel model, bool isNewest)
    {
        lock (_gate)
        {
            if (TryGet(tenant, version, out var known))
            {
                if (isNewest) Promote(tenant, version, known);
                return known;
            }
            if (isNewest) Promote(tenant, version, model);
            else AddSpare(version, model);
            return model;
        }
    }

    /// <summary>How many models are held (each tenant's newest and the spares).</summary>
    public int Count
    {
        get { lock (_gate) return _newest.Count + _spares.Count; }
    }

    void Promote(string tenant, string version, TModel model)
    {
        if (_newest.TryGetValue(tenant, out var previous))
        {
            if (previous.Version == version) return;
            AddSpare(previous.Version, previous.Model);
        }
        RemoveSpare(version);
        _newest[tenant] = (version, model);
    }

    void AddSpare(string version, TModel model)
    {
        RemoveSpare(version);
        _spares.AddFirst((version, model));
        while (_spares.Count > spares) _spares.RemoveLast();
    }

    void RemoveSpare(string version)
    {
        for (var node = _spares.First; node is not null; node = node.Next)
            if (node.Value.Version == version)
            {
                _spares.Remove(node);
                return;
            }
    }
}

public static class ModelsInMemory
{
    /// <summary>Superseded or historical models kept besides each tenant's newest.</summary>
    public const int DefaultSpares = 8;
}

using Weasel.Core.Migrations;

namespace Ledger.Api.Hosting;

/// <summary>
/// The database schema as SQL, generated from the Marten and Wolverine model. Checked in under eventstore-migrations/
/// so reviewers see schema changes in diffs, and a test fails when the checked-in SQL no longer matches the model.
/// </summary>
public static class SchemaScripts
{
    public static async Task<IReadOnlyDictionary<string, string>> GenerateAsync(IServiceProvider services)
    {
        var scripts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in services.GetServices<IDatabaseSource>())
        foreach (var database in await source.BuildDatabases())
        {
            var name = database.GetType().Namespace!.StartsWith("Wolverine", StringComparison.Ordinal) ? "wolverine" : "marten";
            scripts[$"{name}.sql"] = Normalize(database.ToDatabaseScript());
        }
        return scripts;
    }

    public static string Folder => Path.Combine(DatabaseLocation.RepositoryRoot(), "eventstore-migrations");

    static string Normalize(string sql) => string.Join('\n', sql.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim() + "\n";
}

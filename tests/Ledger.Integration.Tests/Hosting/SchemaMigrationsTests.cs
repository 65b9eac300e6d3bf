using Ledger.Api.Hosting;

namespace Ledger.Integration.Tests.Hosting;

public class SchemaMigrationsTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    /// <summary>The checked-in eventstore-migrations/ must be what the Marten and Wolverine model generates today.</summary>
    [Fact]
    public async Task Checked_in_schema_sql_matches_the_model()
    {
        var scripts = await SchemaScripts.GenerateAsync(app.Host.Services);
        Assert.Equal(["marten.sql", "wolverine.sql"], scripts.Keys.ToArray());
        foreach (var (file, sql) in scripts)
        {
            var path = Path.Combine(SchemaScripts.Folder, file);
            Assert.True(File.Exists(path), $"{path} is missing: run `dotnet run --project src/Ledger.Jobs -- schema-export`");
            var checkedIn = File.ReadAllText(path);
            Assert.True(checkedIn == sql, $"{file} differs from the model: run `dotnet run --project src/Ledger.Jobs -- schema-export` and commit the result");
        }
    }
}

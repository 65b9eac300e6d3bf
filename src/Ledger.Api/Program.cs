using JasperFx;
using Ledger.Api.Hosting;

QuietCommandLine.Apply();
var builder = WebApplication.CreateBuilder(args);
string connectionString;
try { connectionString = await DatabaseLocation.ResolveAsync(builder.Configuration, Console.WriteLine); }
catch (DatabaseSetupException e)
{
    // Something only the operator can fix: one line naming the setting, no stack trace.
    Console.Error.WriteLine(e.Message);
    return 2;
}
builder.AddLedgerApi(connectionString);

var app = builder.Build();
app.UseLedgerApi();
return await app.RunJasperFxCommands(args);

public partial class Program;

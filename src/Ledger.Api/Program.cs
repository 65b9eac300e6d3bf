using JasperFx;
using Ledger.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
var connectionString = await DatabaseLocation.ResolveAsync(builder.Configuration, Console.WriteLine);
builder.AddLedgerApi(connectionString);

var app = builder.Build();
app.UseLedgerApi();
return await app.RunJasperFxCommands(args);

public partial class Program;

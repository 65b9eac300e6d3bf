using JasperFx;
using Ledger.Api.Hosting;

// Batch work for operators: onboarding, tokens, imports, training, reports. Also every JasperFx command
// (db-apply, db-assert, projections, ...) against the same database as the API.
var builder = Host.CreateApplicationBuilder(args);
var connectionString = await DatabaseLocation.ResolveAsync(builder.Configuration, Console.Error.WriteLine);
builder.AddLedgerCore(connectionString);
using var host = builder.Build();
return await host.RunJasperFxCommands(args);

using Ledger.Domain.Categorization.Evaluation;
using NodaTime;

namespace Ledger.Domain.Tests.Categorization;

public sealed class OutcomesCsvTests
{
    [Fact]
    public void Every_proposal_is_one_row_and_a_description_with_commas_and_quotes_survives()
    {
        var outcome = new ProposalOutcome(new LocalDate(2025, 3, 4), "model", "Meals", "Travel", 0.41, 0.62, Duration.Zero)
        {
            Tenant = "cafe", Description = "DELTA AIR \"SKY\", ATL", Amount = -412.5m, ColdStart = true, Trace = ["vendor delta: 0 labels", "model m-1: Meals p=0.41"],
        };
        var writer = new StringWriter();
        OutcomesCsv.Write([outcome], writer);
        using var reader = new CsvHelper.CsvReader(new StringReader(writer.ToString()), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        Assert.True(reader.Read());
        Assert.Equal("DELTA AIR \"SKY\", ATL", reader.GetField("description"));
        Assert.Equal("-412.5", reader.GetField("amount"));
        Assert.Equal("0", reader.GetField("correct"));
        Assert.Equal("1", reader.GetField("cold_start"));
        Assert.Equal("0.6200", reader.GetField("p"));
        Assert.Equal("vendor delta: 0 labels | model m-1: Meals p=0.41", reader.GetField("trace"));
        Assert.False(reader.Read());
    }
}

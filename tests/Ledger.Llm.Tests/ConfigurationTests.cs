using Ledger.Api.Categorization;
using Ledger.Domain.Categorization.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ledger.Llm.Tests;

public class ConfigurationTests : FakeServerTest
{
    [Theory]
    [InlineData(null, "fake-gpt")]
    [InlineData("endpoint", null)]
    [InlineData("not a url", "fake-gpt")]
    public async Task Not_configured_sends_no_request(string? endpoint, string? model)
    {
        var options = Options();
        options.Endpoint = endpoint == "endpoint" ? Server.Endpoint : endpoint;
        options.Model = model;
        var categorizer = Categorizer(options);

        var outcome = await categorizer.CategorizeAsync(Request(), CancellationToken.None);

        Assert.False(categorizer.IsConfigured);
        Assert.Equal(new LlmOutcome.NotUsed("not_configured"), outcome);
        Assert.False(outcome.CallMade);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AddLedgerLlm_binds_the_Llm_section_and_registers_a_singleton()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = Server.Endpoint,
            ["Llm:Model"] = "fake-gpt",
            ["Llm:ApiKey"] = "from-config",
            ["Llm:TimeoutSeconds"] = "3",
            ["Llm:InputPerMillionUsd"] = "2.5",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddLedgerLlm(configuration).BuildServiceProvider();

        var categorizer = provider.GetRequiredService<ILlmCategorizer>();
        Assert.Same(categorizer, provider.GetRequiredService<ILlmCategorizer>());
        Assert.True(categorizer.IsConfigured);
        Assert.Equal(3, provider.GetRequiredService<IOptions<LlmOptions>>().Value.TimeoutSeconds);

        var outcome = await categorizer.CategorizeAsync(Request(), CancellationToken.None);
        Assert.IsType<LlmOutcome.Answered>(outcome);
        Assert.Equal(0.00105m, outcome.CostUsd); // 420 * 2.5/1e6, output price unset
        Assert.Equal("Bearer from-config", Assert.Single(Server.Requests).Authorization);
    }

    [Fact]
    public void Without_an_Llm_section_the_categorizer_is_off()
    {
        using var provider = new ServiceCollection().AddLogging()
            .AddLedgerLlm(new ConfigurationBuilder().Build()).BuildServiceProvider();
        Assert.False(provider.GetRequiredService<ILlmCategorizer>().IsConfigured);
    }
}

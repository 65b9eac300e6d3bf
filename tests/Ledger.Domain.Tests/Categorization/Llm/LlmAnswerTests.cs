using Ledger.Domain.Categorization.Llm;
using static Ledger.Domain.Tests.Categorization.Llm.LlmTestChart;

namespace Ledger.Domain.Tests.Categorization.Llm;

public class LlmAnswerTests
{
    private static LlmAnswerResult Parse(string raw) => LlmAnswer.Parse(raw, Chart, "Business Checking");

    [Fact]
    public void A_bare_json_answer_is_accepted()
    {
        var r = Parse("""{"account_code": "6100", "confidence": 0.92, "reason": "Shell is a fuel station"}""");
        Assert.True(r.IsValid, r.Error);
        Assert.Equal(("6100", 0.92, "Shell is a fuel station"), (r.AccountCode, r.Confidence, r.Reason));
    }

    [Theory]
    [InlineData("```json\n{\"account_code\": \"6100\", \"confidence\": 0.9, \"reason\": \"fuel\"}\n```")]
    [InlineData("Sure! Here is the answer:\n{\"account_code\": \"6100\", \"confidence\": 0.9, \"reason\": \"fuel {gas}\"}\nHope this helps.")]
    [InlineData("I'd use {code} style... {\"account_code\": 6100, \"confidence\": \"0.9\", \"reason\": \"fuel\"}")]
    public void Fences_chatter_and_unquoted_numbers_are_tolerated(string raw)
    {
        var r = Parse(raw);
        Assert.True(r.IsValid, r.Error);
        Assert.Equal("6100", r.AccountCode);
        Assert.Equal(0.9, r.Confidence);
    }

    [Fact]
    public void A_made_up_account_code_is_rejected()
    {
        var r = Parse("""{"account_code": "6150", "confidence": 0.95, "reason": "Fuel and oil"}""");
        Assert.False(r.IsValid);
        Assert.Null(r.AccountCode);
        Assert.Contains("unknown account code '6150'", r.Error);
    }

    [Fact]
    public void A_code_differing_only_in_case_maps_to_the_charts_spelling()
    {
        var r = Parse("""{"account_code": "misc", "confidence": 0.4, "reason": "unclear"}""");
        Assert.True(r.IsValid, r.Error);
        Assert.Equal("MISC", r.AccountCode);
    }

    [Fact]
    public void The_bank_account_itself_is_rejected()
    {
        var r = Parse("""{"account_code": "1000", "confidence": 0.8, "reason": "bank"}""");
        Assert.False(r.IsValid);
        Assert.Contains("bank account itself", r.Error);
    }

    [Theory]
    [InlineData("""{"confidence": 0.9, "reason": "x"}""", "missing account_code")]
    [InlineData("""{"account_code": "", "confidence": 0.9, "reason": "x"}""", "missing account_code")]
    [InlineData("""{"account_code": "6100", "reason": "x"}""", "missing confidence")]
    [InlineData("""{"account_code": "6100", "confidence": 0.9}""", "missing reason")]
    [InlineData("""{"account_code": "6100", "confidence": "high", "reason": "x"}""", "confidence is not a number")]
    [InlineData("""{"account_code": "6100", "confidence": 85, "reason": "x"}""", "confidence 85 outside [0,1]")]
    [InlineData("""{"account_code": "6100", "confidence": -0.1, "reason": "x"}""", "confidence -0.1 outside [0,1]")]
    [InlineData("I think it is fuel.", "no JSON object in reply")]
    [InlineData("{\"account_code\": \"6100\", ", "no JSON object in reply")]
    [InlineData("   ", "empty reply")]
    public void Missing_or_malformed_fields_are_refused(string raw, string error)
    {
        var r = Parse(raw);
        Assert.False(r.IsValid);
        Assert.Equal(error, r.Error);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("1.0", 1.0)]
    public void Confidence_bounds_are_inclusive(string written, double expected)
    {
        var r = Parse($$"""{"account_code": "6200", "confidence": {{written}}, "reason": "x"}""");
        Assert.True(r.IsValid, r.Error);
        Assert.Equal(expected, r.Confidence);
    }
}

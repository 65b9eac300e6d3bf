namespace Ledger.Integration.Tests.Import;

public class CsvProfileTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static object Profile => new { name = "my bank", dateColumn = "Date", datePattern = "yyyy-MM-dd", descriptionColumns = new[] { "Description" }, amountColumn = "Amount" };

    [Fact]
    public async Task A_profile_for_an_account_outside_the_chart_or_not_a_bank_account_is_refused_with_400_naming_the_code()
    {
        var t = await app.OnboardAsync("Csv Profile Co");
        var admin = app.Client(t.AdminToken);

        foreach (var code in new[] { "9999", "6300" })   // not in the chart; an expense account
        {
            var refused = await admin.PutAsJsonAsync($"/api/bank-accounts/{code}/csv-profile", Profile);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var error = (await refused.Body()).GetProperty("errors")[0];
            Assert.Equal("code", error.GetProperty("field").GetString());
            Assert.Contains($"'{code}' is not a bank or card account", error.GetProperty("message").GetString());
            Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync($"/api/bank-accounts/{code}/csv-profile")).StatusCode);
        }

        var accepted = await admin.PutAsJsonAsync("/api/bank-accounts/1000/csv-profile", Profile);
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        Assert.Equal("Date", (await (await admin.GetAsync("/api/bank-accounts/1000/csv-profile")).Body()).GetProperty("csvProfile").GetProperty("dateColumn").GetString());
    }
}

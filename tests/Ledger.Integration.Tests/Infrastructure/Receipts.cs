using System.Net.Http.Headers;
using Ledger.Api.Receipts;

namespace Ledger.Integration.Tests.Infrastructure;

public static class Receipts
{
    /// <summary>POST /api/receipts with one file field per file, plus any extra form fields (merchant, total, ...).</summary>
    public static Task<HttpResponseMessage> UploadReceiptsAsync(this HttpClient client, IEnumerable<(string Name, byte[] Content)> files,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", name);
        }
        foreach (var (k, v) in fields ?? new Dictionary<string, string>()) form.Add(new StringContent(v), k);
        return client.PostAsync("/api/receipts", form);
    }

    public static async Task<IntakeResult> UploadReceiptAsync(this HttpClient client, string name, byte[] content, IReadOnlyDictionary<string, string>? fields = null)
    {
        var response = await client.UploadReceiptsAsync([(name, content)], fields);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<IntakeResult>(Json.Options))!;
    }

    public static async Task<ReceiptDetails> ReceiptAsync(this HttpClient client, string id) =>
        (await client.GetFromJsonAsync<ReceiptDetails>($"/api/receipts/{id}", Json.Options))!;
}

using System.Net.Http.Headers;
using System.Text;
using Marten;

namespace Ledger.Integration.Tests.Infrastructure;

public static class Imports
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] content, string bankAccount, string? ofxAccountId = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(bankAccount), "bankAccount");
        if (ofxAccountId is not null) form.Add(new StringContent(ofxAccountId), "ofxAccountId");
        return client.PostAsync("/api/imports", form);
    }

    public static Task<HttpResponseMessage> UploadTextAsync(this HttpClient client, string fileName, string content, string bankAccount) =>
        client.UploadAsync(fileName, Encoding.UTF8.GetBytes(content), bankAccount);

    public static Task<HttpResponseMessage> UploadFixtureAsync(this HttpClient client, string relative, string bankAccount, string? ofxAccountId = null) =>
        client.UploadAsync(System.IO.Path.GetFileName(relative), File.ReadAllBytes(Fixtures.Path(relative)), bankAccount, ofxAccountId);

    /// <summary>Waits until the async projections have caught up with every event appended so far.</summary>
    public static Task CatchUpAsync(this LedgerApp app) => Marten.Events.TestingExtensions.WaitForNonStaleProjectionDataAsync(app.Host, TimeSpan.FromSeconds(30));

    public static async Task<long> EventCountAsync(this LedgerApp app, string tenantId)
    {
        await using var session = app.Store.QuerySession(tenantId);
        return await session.Events.QueryAllRawEvents().Where(e => e.TenantId == tenantId).CountAsync();
    }
}

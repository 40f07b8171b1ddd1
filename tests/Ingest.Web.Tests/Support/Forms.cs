namespace Ingest.Web.Tests.Support;

/// <summary>Posting a form as the page would: with the antiforgery token of the page it sits on (or without, to test the refusal).</summary>
internal static class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? tokenFrom, params (string Key, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();
        if (tokenFrom is not null)
        {
            values.Add(new("__RequestVerificationToken", await WebUiHost.TokenAsync(client, tokenFrom)));
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }
}

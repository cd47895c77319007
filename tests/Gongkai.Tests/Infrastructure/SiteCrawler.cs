using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Tests.Infrastructure;

/// <summary>
/// Follows every same-site link from some start pages, the way an anonymous visitor (or a
/// search engine) would, and keeps every response: the leak sweeps search all of them. Like a
/// search engine it does not follow the links of a page marked <c>robots nofollow</c>.
/// </summary>
public sealed partial class SiteCrawler(HttpClient client, int maxPages = 5000)
{
    public sealed record Visit(string Url, HttpStatusCode Status, string Body);

    public List<Visit> Visits { get; } = [];

    public async Task CrawlAsync(params string[] starts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var start in starts)
        {
            if (seen.Add(start))
            {
                queue.Enqueue(start);
            }
        }
        while (queue.Count > 0)
        {
            Assert.True(Visits.Count < maxPages, $"The crawl went past {maxPages} pages; is a link generating endless URLs?");
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            var body = await ReadAsync(response);
            Visits.Add(new Visit(url, response.StatusCode, body));
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            // Pages that ask not to be followed (search results, whose facet links combine without end) are kept, not followed.
            if ((!type.Contains("html", StringComparison.Ordinal) && !type.Contains("xml", StringComparison.Ordinal)) || NoFollow().IsMatch(body))
            {
                continue;
            }
            foreach (Match m in Href().Matches(body))
            {
                var link = WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0];
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith("/preferences/", StringComparison.Ordinal) && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }
    }

    /// <summary>Fetches pages not necessarily linked from anywhere, such as the direct URLs of hidden items.</summary>
    public async Task FetchAsync(IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            Visits.Add(new Visit(url, response.StatusCode, await ReadAsync(response)));
        }
    }

    /// <summary>The response as text; for Word, Excel and PDF files the text inside them, so markers in documents are found too.</summary>
    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        if (response.IsSuccessStatusCode && name is not null && Path.GetExtension(name) is ".docx" or ".xlsx" or ".pdf")
        {
            return Gongkai.Privacy.DocumentText.Extract(name, await response.Content.ReadAsStreamAsync());
        }
        return await response.Content.ReadAsStringAsync();
    }

    public IEnumerable<string> Containing(string marker) =>
        Visits.Where(v => v.Body.Contains(marker, StringComparison.Ordinal)).Select(v => $"{v.Url} ({(int)v.Status})");

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<meta name=\"robots\" content=\"[^\"]*nofollow")]
    private static partial Regex NoFollow();
}

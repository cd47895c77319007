using System.Net;
using System.Text;
using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>Small helpers that keep the demo content files readable.</summary>
public sealed partial class DemoSeeder
{
    /// <summary>The marker every non-public demo item carries in its title and body, so tests can check it never leaks.</summary>
    public const string NonPublicMarkerPrefix = "【非公开演示·";

    /// <summary>The kinds of non-public item the demo seeds in each of the three seed bodies.</summary>
    public static readonly IReadOnlyList<string> NonPublicKinds = ["草稿", "审核中", "依申请公开", "不予公开", "已撤回", "仅限内部"];

    private static string Marker(string kind) => $"{NonPublicMarkerPrefix}{kind}】";

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    /// <summary>10:00 China time on the given date, or the given number of days later.</summary>
    private static DateTimeOffset At(DateOnly date, int daysLater = 0)
    {
        var day = date.AddDays(daysLater);
        return At(day.Year, day.Month, day.Day);
    }

    /// <summary>The required metadata; the rest is set with <c>with { … }</c>.</summary>
    private static ItemMetadata Meta(Body body, string title, DateOnly createdOn, string html) => new()
    {
        Title = title,
        IssuingBody = body.Name,
        CreatedOn = createdOn,
        BodyHtml = html,
    };

    /// <summary>An accessible table: a caption, column headers and a row header in the first cell of each row.</summary>
    private static string Table(string caption, string[] headers, IEnumerable<string[]> rows)
    {
        var html = new StringBuilder();
        html.Append("<table><caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var cell = WebUtility.HtmlEncode(row[i]);
                html.Append(i == 0 ? $"<th scope=\"row\">{cell}</th>" : $"<td>{cell}</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string Bullets(params string[] entries) =>
        "<ul>" + string.Concat(entries.Select(e => $"<li>{WebUtility.HtmlEncode(e)}</li>")) + "</ul>";

    private static ItemMetadata Mark(ItemMetadata metadata, string kind) => metadata with
    {
        Title = Marker(kind) + metadata.Title,
        BodyHtml = $"<p>{Marker(kind)}本条为演示用非公开信息，不应出现在任何公开页面。</p>" + metadata.BodyHtml,
    };

    private Task<DisclosureItem> DraftAsync(Body body, CatalogueCategory category, ItemMetadata metadata, CancellationToken ct) =>
        ItemAsync(body, category, Mark(metadata, "草稿"), null, ct);

    /// <summary>A draft that <see cref="GiveDraftsToDraftersAsync"/> submits for review once the demo accounts exist.</summary>
    private Task<DisclosureItem> UnderReviewAsync(Body body, CatalogueCategory category, ItemMetadata metadata, DateTimeOffset submittedAt, CancellationToken ct)
    {
        _ = submittedAt;
        return ItemAsync(body, category, Mark(metadata, "审核中"), null, ct);
    }

    private Task<DisclosureItem> OnApplicationAsync(Body body, CatalogueCategory category, ItemMetadata metadata, DateTimeOffset at, CancellationToken ct) =>
        ItemAsync(body, category, Mark(metadata, "依申请公开") with { Attribute = DisclosureAttribute.OnApplication }, at, ct, Channel.Other);

    private Task<DisclosureItem> WithheldAsync(Body body, CatalogueCategory category, ItemMetadata metadata, WithholdingGround ground, DateOnly nextReviewOn, DateTimeOffset at, CancellationToken ct) =>
        ItemAsync(body, category, Mark(metadata, "不予公开") with
        {
            Attribute = DisclosureAttribute.Withheld,
            WithholdingGround = ground,
            NextReviewOn = nextReviewOn,
        }, at, ct, Channel.Other);

    private async Task<DisclosureItem> WithdrawnAsync(Body body, CatalogueCategory category, ItemMetadata metadata, DateTimeOffset publishedAt,
        WithdrawalReason reason, string explanation, DateTimeOffset withdrawnAt, CancellationToken ct, params Channel[] channels)
    {
        var item = await ItemAsync(body, category, Mark(metadata, "已撤回"), publishedAt, ct, channels);
        item.Withdraw(reason, explanation, withdrawnAt);
        return item;
    }

    private Task<DisclosureItem> StaffOnlyAsync(Body body, CatalogueCategory category, ItemMetadata metadata, string group, DateTimeOffset at, CancellationToken ct) =>
        ItemAsync(body, category, Mark(metadata, "仅限内部") with { Audience = Audience.SpecificGroup, AudienceGroup = group }, at, ct, Channel.Other);
}

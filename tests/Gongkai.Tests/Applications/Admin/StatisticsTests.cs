using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Applications.Admin;

/// <summary>The statistics page: tables 三 and 四 for the bodies in the reader's reach.</summary>
public abstract partial class StatisticsTests(BackOfficeApp app)
{
    [DbFact]
    public async Task A_supervisor_sees_a_body_below_in_semantic_tables()
    {
        app.SkipUnlessAvailable();
        var parent = await app.CreateBodyUnderAsync(null);
        var child = await app.CreateBodyUnderAsync(parent, "统计测试局");
        await app.CreateApplicationAsync(child, "2024-12-20", ApplicantType.LegalServiceProvider, steps: a => a.Reply("2", "2025-01-10"));
        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, parent));

        var html = await supervisor.GetOkAsync($"/admin/applications/statistics?body={child.Slug}&year=2025");

        Assert.Contains("<caption>三、收到和处理政府信息公开申请情况</caption>", html);
        Assert.Contains("<caption>四、政府信息公开行政复议、行政诉讼情况</caption>", html);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"5\">法人或其他组织</th>", html);
        Assert.Contains("勾稽关系已核对", html);
        // 上年结转: one, under 法律服务机构 (the fifth column) and in 总计.
        Assert.Equal(["0", "0", "0", "0", "1", "0", "1"], Row(html, "二、上年结转政府信息公开申请数量"));
        Assert.Equal(["0", "0", "0", "0", "1", "0", "1"], Row(html, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        Assert.Equal(["0", "0", "0", "0", "0", "0", "0"], Row(html, "（一）予以公开"));
        Assert.Equal(["0", "0", "0", "0", "0"], Row(html, "行政复议"));
    }

    [DbFact]
    public async Task A_body_outside_reach_is_404_and_a_bad_year_is_400_with_the_input_kept()
    {
        app.SkipUnlessAvailable();
        var mine = await app.CreateBodyUnderAsync(null);
        var other = await app.CreateBodyUnderAsync(null);
        var (_, handler) = await app.SignedInAsync((StaffRole.ApplicationHandler, mine));

        Assert.Equal(HttpStatusCode.NotFound, (await handler.FetchAsync($"/admin/applications/statistics?body={other.Slug}&year=2025")).Status);
        var (status, html) = await handler.FetchAsync($"/admin/applications/statistics?body={mine.Slug}&year=20x5");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("年度应为 2008 至", html);
        Assert.Contains("value=\"20x5\"", html);
        Assert.Contains(mine.Name, await handler.GetOkAsync("/admin/applications/statistics"));
    }

    [DbFact]
    public async Task Staff_without_an_application_role_are_forbidden()
    {
        app.SkipUnlessAvailable();
        var body = await app.CreateBodyUnderAsync(null);
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));

        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.FetchAsync("/admin/applications/statistics")).Status);
    }

    /// <summary>The cells of the row whose header is <paramref name="header"/>.</summary>
    private static string[] Row(string html, string header)
    {
        var row = Regex.Match(html, $"<tr>\\s*<th scope=\"row\">{Regex.Escape(header)}</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row {header}");
        return [.. Cell().Matches(row.Groups[1].Value).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<td>(\\d+)</td>")]
    private static partial Regex Cell();
}

public sealed class StatisticsTests_Sqlite(BackOfficeSqliteApp app) : StatisticsTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class StatisticsTests_Postgres(BackOfficePostgresApp app) : StatisticsTests(app), IClassFixture<BackOfficePostgresApp>;

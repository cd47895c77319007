using System.Net;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Demo;

/// <summary>
/// The demo as a new user meets it after <c>dotnet run</c>: the three bodies of the seed are
/// there, every page reachable by following links renders, and none of the demo's non-public
/// items (marked 【非公开演示·…】) nor any demo applicant shows anywhere.
/// </summary>
public sealed class DemoSiteTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_three_seed_bodies_and_the_five_villages_are_on_the_home_page()
    {
        var html = await app.Browser().GetOkAsync("/");
        foreach (var name in new[] { "示范市残疾人联合会", "示范市实验小学", "清河镇人民政府", "严狄村", "场西村", "场东村", "十字桥村", "天阳村" })
        {
            Assert.Contains(name, html);
        }
        Assert.Contains("演示", html);
    }

    [Fact]
    public async Task Every_linked_page_renders_and_no_demo_secret_leaks()
    {
        var crawler = new SiteCrawler(app.Browser(), maxPages: 6000);
        await crawler.CrawlAsync("/", "/sitemap", "/api/v1/bodies");
        var failures = crawler.Visits.Where(v => v.Status != HttpStatusCode.OK).Select(v => $"{v.Url} → {(int)v.Status}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(crawler.Visits.Count > 300, $"only {crawler.Visits.Count} pages were reached");
        Assert.Empty(crawler.Containing("非公开演示"));
        Assert.Empty(Gongkai.Demo.DemoSeeder.DemoApplicants.SelectMany(a => new[] { a.Name, a.IdNumber, a.Phone }).SelectMany(crawler.Containing));
        Assert.Empty(crawler.Containing("&#x"));
    }

    [Fact]
    public async Task Hidden_demo_items_answer_404_on_every_surface()
    {
        var hidden = await app.WithDbAsync((db, _) => Task.FromResult(db.Items.Where(i => i.Title.Contains("非公开演示")).Select(i => i.Id).ToList()));
        Assert.True(hidden.Count >= 18, $"the demo should plant every non-public kind in each seed body, found {hidden.Count}");
        var crawler = new SiteCrawler(app.Browser());
        await crawler.FetchAsync(hidden.SelectMany(id => new[] { $"/items/{id}", $"/items/{id}/print", $"/items/{id}/history", $"/items/{id}/versions/1", $"/api/v1/items/{id}" }));
        Assert.All(crawler.Visits, v => Assert.Equal(HttpStatusCode.NotFound, v.Status));
        Assert.Empty(crawler.Containing("非公开演示"));
    }

    [Fact]
    public async Task The_disability_certificate_procedure_has_a_version_history()
    {
        var id = await app.WithDbAsync((db, _) => Task.FromResult(db.Items.First(i => i.Title == "残疾人证办理程序").Id));
        var history = await app.Browser().GetOkAsync($"/items/{id}/history");
        Assert.Contains("第 2 版", history);
        Assert.Contains("<ins>", history);
    }

    [Theory]
    [InlineData("qinghe-admin", "定期公开缺期")]
    [InlineData("qinghe-drafter", "新建信息")]
    [InlineData("canlian-leader", "等我审核")]
    [InlineData("qinghe-section-head", "【非公开演示·审核中】")]
    [InlineData("shiyan-xiaoxue-drafter", "【非公开演示·草稿】")]
    public async Task Demo_accounts_sign_in_with_the_published_password_and_see_their_dashboard(string userName, string expected)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/signin");
        Assert.Contains("演示模式已放宽双因素认证要求", form);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signIn = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = Gongkai.Demo.DemoSeeder.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var dashboard = await client.GetOkAsync("/admin");
        Assert.Contains(expected, dashboard);
        Assert.Contains("我的工作", dashboard);
    }

    [Fact]
    public async Task Stylesheet_is_served_compressed_or_not()
    {
        var client = app.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.Add("Accept-Encoding", "gzip, br");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }
}

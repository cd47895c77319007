using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>A citizen looks for how to get a disability certificate, reads it, its history and prints it.</summary>
[Collection(PortalCollection.Name)]
public sealed class CitizenJourneyTests(PortalSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Citizen_finds_the_disability_certificate_procedure_its_history_and_print_view()
    {
        await using var j = await site.StartAsync(output, "citizen-certificate");

        await j.GotoAsync("/");
        await j.FollowAsync(j.Link("示范市残疾人联合会"));
        Assert.Equal("/bodies/canlian", j.Path);
        Assert.Equal("示范市残疾人联合会", await j.HeadingAsync());

        var catalogue = j.Page.GetByRole(AriaRole.Navigation, new() { Name = "公开目录" });
        await j.FollowAsync(catalogue.GetByRole(AriaRole.Link, new() { Name = "办事服务", Exact = true }));
        Assert.Equal("办事服务", await j.HeadingAsync());
        await j.FollowAsync(j.Link("残疾人证办理"));
        Assert.Equal("残疾人证办理", await j.HeadingAsync());

        await j.FollowAsync(j.Link("残疾人证办理程序"));
        Assert.Matches(@"^/items/\d+$", j.Path);
        var item = j.Path;
        Assert.Equal("残疾人证办理程序", await j.HeadingAsync());
        Assert.Contains("示范市残疾人联合会", await j.Page.Locator("table.meta-box").InnerTextAsync());

        await j.FollowAsync(j.Link("查看历史版本"));
        Assert.Equal($"{item}/history", j.Path);
        Assert.Equal("历史版本", await j.HeadingAsync());
        await Assertions.Expect(j.Page.Locator("main ins").First).ToBeVisibleAsync();

        await j.FollowAsync(j.Link("查看第 1 版全文"));
        Assert.Equal($"{item}/versions/1", j.Path);
        await Assertions.Expect(j.Page.Locator("main .notice")).ToContainTextAsync("这是该信息的第 1 版");
        await Assertions.Expect(j.Page.Locator("main .notice")).ToContainTextAsync("已被新版本替代");

        await j.FollowAsync(j.Link("查看现行版本"));
        Assert.Equal(item, j.Path);
        await j.FollowAsync(j.Link("打印本页"));
        Assert.Equal($"{item}/print", j.Path);
        Assert.Equal("残疾人证办理程序", await j.HeadingAsync());
        await Assertions.Expect(j.Page.Locator(".signature")).ToContainTextAsync("示范市残疾人联合会");

        await j.AssertNoViolationsAsync();
    }
}

using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>
/// The header's 关怀版 (elder) and 无障碍 (accessible) links: each turns its mode on for every
/// following page (a cookie, no JavaScript) and off again; pages stay accessible in both.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DisplayModeJourneyTests(PortalSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Elder_and_accessible_modes_switch_on_persist_and_switch_off()
    {
        await using var j = await site.StartAsync(output, "display-modes");
        await j.GotoAsync("/");
        Assert.Empty(await ModesAsync(j));
        var normal = await BodyFontSizeAsync(j);
        Assert.True(normal >= 16, $"body text should be at least 16px, is {normal}px");

        await j.FollowAsync(Toggle(j, "关怀版"));
        Assert.Equal(["mode-elder"], await ModesAsync(j));
        var elder = await BodyFontSizeAsync(j);
        Assert.True(elder >= normal * 1.2, $"关怀版 should enlarge the text about 1.25×: {normal}px → {elder}px");
        await Assertions.Expect(Toggle(j, "关怀版")).ToHaveTextAsync("关怀版（已开启）");

        await j.FollowAsync(j.Link("示范市残疾人联合会"));
        Assert.Equal(["mode-elder"], await ModesAsync(j));
        Assert.Equal(elder, await BodyFontSizeAsync(j));

        await j.FollowAsync(Toggle(j, "无障碍"));
        Assert.Equal("/bodies/canlian", j.Path);
        Assert.Equal(["mode-a11y", "mode-elder"], await ModesAsync(j));
        // 无障碍 shows the skip link without needing focus.
        await Assertions.Expect(j.Page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" })).ToBeInViewportAsync();

        await j.FollowAsync(j.Link("查看完整目录（公开事项、依据、时限、主体、渠道）"));
        Assert.Equal(["mode-a11y", "mode-elder"], await ModesAsync(j));

        await j.FollowAsync(Toggle(j, "关怀版"));
        Assert.Equal(["mode-a11y"], await ModesAsync(j));
        Assert.Equal(normal, await BodyFontSizeAsync(j));
        await Assertions.Expect(Toggle(j, "无障碍")).ToHaveTextAsync("无障碍（已开启）");

        await j.FollowAsync(j.Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "政府信息公开平台" }));
        Assert.Equal(["mode-a11y"], await ModesAsync(j));

        await j.FollowAsync(Toggle(j, "无障碍"));
        Assert.Empty(await ModesAsync(j));
        await Assertions.Expect(Toggle(j, "无障碍")).ToHaveTextAsync("无障碍");
        await Assertions.Expect(j.Page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" })).Not.ToBeInViewportAsync();

        await j.AssertNoViolationsAsync();
    }

    private static ILocator Toggle(Journey j, string mode) =>
        j.Page.GetByRole(AriaRole.Navigation, new() { Name = "显示模式" }).GetByRole(AriaRole.Link, new() { Name = mode });

    private static async Task<string[]> ModesAsync(Journey j) =>
        (await j.EvalAsync<string[]>("() => [...document.documentElement.classList].filter(c => c.startsWith('mode-')).sort()"));

    private static Task<double> BodyFontSizeAsync(Journey j) =>
        j.EvalAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");
}

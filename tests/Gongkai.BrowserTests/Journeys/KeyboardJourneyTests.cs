using System.Text.Json;
using Gongkai.BrowserTests.Infrastructure;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>
/// Someone who uses only the keyboard: the first Tab reaches the skip link, Enter moves focus to
/// the main content, every focused link shows a visible focus indicator, and links open with Enter.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class KeyboardJourneyTests(PortalSite site, ITestOutputHelper output)
{
    private sealed record Focused(string Tag, string Text, string Id, bool InMain, bool InHeader, string OutlineStyle, string OutlineWidth, bool OnScreen);

    [BrowserFact]
    public async Task Keyboard_user_skips_to_the_content_and_always_sees_where_the_focus_is()
    {
        await using var j = await site.StartAsync(output, "keyboard");
        await j.GotoAsync("/");

        await j.Page.Keyboard.PressAsync("Tab");
        var skip = await FocusedAsync(j);
        Assert.Equal(("A", "跳到正文"), (skip.Tag, skip.Text));
        AssertVisiblyFocused(skip);
        await j.CheckAsync("skip link focused");

        // Then the header's links and search box (the field, which has no text, and its button), in order, each with a visible focus indicator.
        string[] header = ["政府信息公开平台", "", "搜索", "无障碍", "关怀版"];
        foreach (var name in header)
        {
            await j.Page.Keyboard.PressAsync("Tab");
            var link = await FocusedAsync(j);
            Assert.Equal(name, link.Text);
            Assert.True(link.InHeader, $"{name} should be in the header");
            AssertVisiblyFocused(link);
        }
        await j.Page.Keyboard.PressAsync("Tab");
        var first = await FocusedAsync(j);
        Assert.True(first.InMain, $"after the header, focus should enter the main content, not {first.Tag} “{first.Text}”");

        // Back to the skip link and use it.
        for (var i = 0; i <= header.Length; i++)
        {
            await j.Page.Keyboard.PressAsync("Shift+Tab");
        }
        Assert.Equal("跳到正文", (await FocusedAsync(j)).Text);
        await j.Page.Keyboard.PressAsync("Enter");
        await j.Page.WaitForURLAsync("**/#main");
        var main = await FocusedAsync(j);
        Assert.Equal(("MAIN", "main"), (main.Tag, main.Id));
        await j.CheckAsync("focus moved to main");

        // The next Tab lands on the first link of the content, and Enter follows it.
        await j.Page.Keyboard.PressAsync("Tab");
        var link1 = await FocusedAsync(j);
        Assert.True(link1.InMain && link1.Tag == "A", $"the first Tab after skipping should reach a link in main, not {link1.Tag} “{link1.Text}”");
        AssertVisiblyFocused(link1);
        await j.PressAndFollowAsync("Enter");
        Assert.Equal(link1.Text, await j.HeadingAsync());

        // A body's page has the body's own link in the header too, and next to its search box (which searches the body) a link to search the whole platform.
        string[] bodyHeader = ["跳到正文", "政府信息公开平台", link1.Text, "", "搜索", "全站搜索", "无障碍", "关怀版"];
        foreach (var name in bodyHeader)
        {
            await j.Page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(j);
            Assert.Equal(name, focused.Text);
            AssertVisiblyFocused(focused);
        }

        await j.AssertNoViolationsAsync();
    }

    private static async Task<Focused> FocusedAsync(Journey j)
    {
        var json = await j.EvalAsync<string>("""
            () => {
                const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
                return JSON.stringify({
                    tag: e.tagName, text: (e.innerText || '').trim(), id: e.id,
                    inMain: !!e.closest('main'), inHeader: !!e.closest('header'),
                    outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth,
                    onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
                });
            }
            """);
        return JsonSerializer.Deserialize<Focused>(json, JsonSerializerOptions.Web)!;
    }

    private static void AssertVisiblyFocused(Focused f)
    {
        Assert.True(f.OnScreen, $"the focused {f.Tag} “{f.Text}” is off screen");
        Assert.True(f.OutlineStyle != "none" && f.OutlineWidth != "0px",
            $"the focused {f.Tag} “{f.Text}” has no visible focus indicator (outline {f.OutlineStyle} {f.OutlineWidth})");
    }
}

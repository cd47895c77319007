using Gongkai.BrowserTests.Infrastructure;
using Gongkai.Demo;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>
/// A drafter writes an item body with the rich-text toolbar (js/rich-text.js) instead of HTML: a
/// heading, bold text with Ctrl+B, a bulleted list, a link and a table; the form comes back after a
/// missing title with the text kept, is saved, and the draft's preview and the edit page hold
/// the same structure, with no styles or classes.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RichTextJourneyTests(PortalSite site, ITestOutputHelper output)
{
    private const string Title = "2026年重度残疾人护理补贴发放说明（浏览器测试）";

    [BrowserFact]
    public async Task Drafter_writes_a_heading_bold_text_a_list_and_a_table_with_the_toolbar()
    {
        await using var j = await site.StartAsync(output, "rich-text");
        var page = j.Page;
        await SignInAsync(j, "canlian-drafter");
        await j.FollowAsync(j.Link("新建信息"));
        Assert.Equal("/admin/items/new", j.Path);

        // The textarea has become a labelled editor with a toolbar; the textarea itself is hidden.
        var editor = page.GetByRole(AriaRole.Textbox, new() { Name = "正文", Exact = true });
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "正文格式" });
        await Assertions.Expect(editor).ToBeVisibleAsync();
        await Assertions.Expect(editor).ToHaveAttributeAsync("contenteditable", "true");
        await Assertions.Expect(editor).ToHaveAttributeAsync("aria-multiline", "true");
        await Assertions.Expect(page.Locator("#Input_BodyHtml")).ToBeHiddenAsync();

        await editor.ClickAsync();
        await Tool(toolbar, "二级标题").ClickAsync();
        await Assertions.Expect(Tool(toolbar, "二级标题")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.TypeAsync("一、补贴对象");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("持证的");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync("重度残疾人");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync("每月可领取护理补贴。");
        await Assertions.Expect(Tool(toolbar, "二级标题")).ToHaveAttributeAsync("aria-pressed", "false");
        await page.Keyboard.PressAsync("Enter");
        await Tool(toolbar, "项目列表").ClickAsync();
        await page.Keyboard.TypeAsync("一级残疾人");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("二级残疾人");
        await Assertions.Expect(Tool(toolbar, "项目列表")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter"); // an empty item ends the list

        // A link: only http, https, mailto and this site's addresses are taken.
        await page.Keyboard.TypeAsync("详见中国政府网");
        await page.Keyboard.PressAsync("Shift+Home");
        AnswerNextPrompt(page, "javascript:alert(1)");
        await page.Keyboard.PressAsync("Control+K");
        await Assertions.Expect(page.Locator(".rich-text-status")).ToContainTextAsync("链接未添加");
        AnswerNextPrompt(page, "https://www.gov.cn/");
        await Tool(toolbar, "链接").ClickAsync();
        await Assertions.Expect(editor.Locator("a")).ToHaveAttributeAsync("href", "https://www.gov.cn/");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");

        AnswerNextPrompt(page, "2×2");
        await Tool(toolbar, "插入表格").ClickAsync();
        await Assertions.Expect(page.Locator(".rich-text-status")).ToContainTextAsync("已插入 2 行 2 列的表格");
        await page.Keyboard.TypeAsync("等级"); // the caret waits in the first header cell
        await editor.Locator("th").Nth(1).ClickAsync();
        await page.Keyboard.TypeAsync("金额（元）");
        await editor.Locator("td").Nth(0).ClickAsync();
        await page.Keyboard.TypeAsync("一级");
        await editor.Locator("td").Nth(1).ClickAsync();
        await page.Keyboard.TypeAsync("200");

        // The form field follows the editor as it is typed in.
        var field = await page.Locator("#Input_BodyHtml").InputValueAsync();
        Assert.Equal(
            "<h2>一、补贴对象</h2><p>持证的<strong>重度残疾人</strong>每月可领取护理补贴。</p><ul><li>一级残疾人</li><li>二级残疾人</li></ul>"
            + "<p><a href=\"https://www.gov.cn/\">详见中国政府网</a></p>"
            + "<table><thead><tr><th scope=\"col\">等级</th><th scope=\"col\">金额（元）</th></tr></thead><tbody><tr><td>一级</td><td>200</td></tr></tbody></table>",
            field);
        await j.CheckAsync("正文已用工具栏编辑");

        // The toolbar is one tab stop: Alt+F10 reaches it from the text, arrows move along it, Escape goes back.
        Assert.Equal(1, await toolbar.Locator("button[tabindex='0']").CountAsync());
        await page.Keyboard.PressAsync("Alt+F10");
        await Assertions.Expect(Tool(toolbar, "插入表格")).ToBeFocusedAsync(); // the last one used
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(Tool(toolbar, "清除格式")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(editor).ToBeFocusedAsync();

        // Without a title the form comes back (400) with the body kept in the editor.
        await j.FollowAsync(Button(page, "保存草稿"), status: 400);
        await Assertions.Expect(page.Locator("main .error-summary")).ToContainTextAsync("请填写标题");
        await Assertions.Expect(editor.Locator("h2")).ToHaveTextAsync("一、补贴对象");
        await Assertions.Expect(editor.Locator("td").Nth(1)).ToHaveTextAsync("200");

        await page.GetByLabel("标题").FillAsync(Title);
        await j.FollowAsync(Button(page, "保存草稿"));
        Assert.Matches(@"^/admin/items/\d+$", j.Path);
        var work = j.Path;
        Assert.Equal(Title, await j.HeadingAsync());

        // The draft's preview shows the structure, cleaned and stored by the server.
        var body = page.Locator("main .item-body");
        await Assertions.Expect(body.Locator("h2")).ToHaveTextAsync("一、补贴对象");
        await Assertions.Expect(body.Locator("p strong")).ToHaveTextAsync("重度残疾人");
        await Assertions.Expect(body.Locator("ul > li")).ToHaveTextAsync(["一级残疾人", "二级残疾人"]);
        await Assertions.Expect(body.Locator("table thead th")).ToHaveTextAsync(["等级", "金额（元）"]);
        await Assertions.Expect(body.Locator("table tbody td")).ToHaveTextAsync(["一级", "200"]);
        var stored = await body.InnerHTMLAsync();
        Assert.DoesNotContain("style=", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", stored, StringComparison.Ordinal);

        // Editing again loads the stored body into the editor.
        await j.GotoAsync(work + "/edit");
        await Assertions.Expect(editor.Locator("h2")).ToHaveTextAsync("一、补贴对象");
        await Assertions.Expect(editor.Locator("strong")).ToHaveTextAsync("重度残疾人");
        await Assertions.Expect(editor.Locator("table th").First).ToHaveTextAsync("等级");

        await j.AssertNoViolationsAsync();
    }

    /// <summary>Answers the next prompt (the link address, the table size) as a person would type it.</summary>
    private static void AnswerNextPrompt(IPage page, string answer)
    {
        void Once(object? sender, IDialog dialog)
        {
            page.Dialog -= Once;
            _ = dialog.AcceptAsync(answer);
        }
        page.Dialog += Once;
    }

    private static ILocator Tool(ILocator toolbar, string name) => toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Button(IPage page, string name) =>
        page.Locator("main").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static async Task SignInAsync(Journey j, string userName)
    {
        await j.GotoAsync("/account/signin");
        await j.Page.GetByLabel("用户名").FillAsync(userName);
        await j.Page.GetByLabel("密码").FillAsync(DemoSeeder.DemoPassword);
        await j.FollowAsync(Button(j.Page, "登录"));
        Assert.Equal("/admin", j.Path);
    }
}

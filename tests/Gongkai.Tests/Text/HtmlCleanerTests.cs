using Gongkai.Text;

namespace Gongkai.Tests.Text;

public class HtmlCleanerTests
{
    // ---- Clean ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void Nothing_cleans_to_empty(string? html)
    {
        Assert.Equal("", HtmlCleaner.Clean(html));
    }

    [Theory]
    [InlineData("<p>正文</p><script>alert(1)</script>", "<p>正文</p>")]
    [InlineData("<script>alert(1)</script>", "")]
    [InlineData("<SCRIPT SRC=https://evil.example/x.js></SCRIPT><p>正文</p>", "<p>正文</p>")]
    [InlineData("<p>正文<script>document.cookie</script></p>", "<p>正文</p>")]
    public void Scripts_are_removed(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html));
    }

    [Theory]
    [InlineData("<p onerror=\"alert(1)\">正文</p>", "<p>正文</p>")]
    [InlineData("<p onclick='alert(1)'>正文</p>", "<p>正文</p>")]
    [InlineData("<a href=\"https://www.gov.cn/\" onmouseover=\"alert(1)\">链接</a>", "<a href=\"https://www.gov.cn/\">链接</a>")]
    [InlineData("<td onerror=alert(1)>1</td>", "1")]
    public void Event_handlers_are_removed(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>")]
    [InlineData("<a href=\"JavaScript:alert(1)\">链接</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">链接</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">链接</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">链接</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">链接</a>")]
    public void Script_and_data_urls_are_removed(string html)
    {
        var clean = HtmlCleaner.Clean(html);

        Assert.Equal("<a>链接</a>", clean);
    }

    [Theory]
    [InlineData("<p style=\"color:red\">正文</p>", "<p>正文</p>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">正文</p>", "<p>正文</p>")]
    [InlineData("<style>p{color:red}</style><p>正文</p>", "<p>正文</p>")]
    public void Styles_are_removed(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html));
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe><p>正文</p>")]
    [InlineData("<object data=\"x.swf\"></object><p>正文</p>")]
    [InlineData("<embed src=\"x.swf\"><p>正文</p>")]
    [InlineData("<img src=\"https://www.gov.cn/a.png\"><p>正文</p>")]
    [InlineData("<img src=x onerror=alert(1)><p>正文</p>")]
    public void Frames_objects_and_images_are_removed(string html)
    {
        Assert.Equal("<p>正文</p>", HtmlCleaner.Clean(html));
    }

    [Theory]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"q\"></form><p>正文</p>")]
    [InlineData("<form><input type=\"password\" name=\"p\"><button>提交</button></form><p>正文</p>")]
    public void Forms_are_removed(string html)
    {
        Assert.Equal("<p>正文</p>", HtmlCleaner.Clean(html));
    }

    [Theory]
    [InlineData("<p>第一段</p><p>第二段</p>")]
    [InlineData("<h2>标题</h2>")]
    [InlineData("<ul><li>一</li><li>二</li></ul>")]
    [InlineData("<ol><li>一</li></ol>")]
    [InlineData("<p><strong>加粗</strong><em>强调</em><br>换行</p>")]
    [InlineData("<a href=\"https://www.gov.cn/zhengce/\">政策</a>")]
    [InlineData("<a href=\"http://www.gov.cn/\">政府网站</a>")]
    [InlineData("<a href=\"mailto:gk@example.gov.cn\">邮箱</a>")]
    [InlineData("<a href=\"/bodies/canlian\">本站链接</a>")]
    public void Ordinary_markup_and_safe_links_are_kept(string html)
    {
        Assert.Equal(html, HtmlCleaner.Clean(html));
    }

    [Fact]
    public void Tables_are_kept()
    {
        var clean = HtmlCleaner.Clean("<table><thead><tr><th>姓名</th><th>金额</th></tr></thead><tbody><tr><td>张三</td><td>300</td></tr></tbody></table>");

        Assert.Equal("<table><thead><tr><th>姓名</th><th>金额</th></tr></thead><tbody><tr><td>张三</td><td>300</td></tr></tbody></table>", clean);
    }

    [Fact]
    public void Table_cell_spans_are_kept()
    {
        var clean = HtmlCleaner.Clean("<table><tbody><tr><td colspan=\"2\">合计</td></tr></tbody></table>");

        Assert.Contains("colspan=\"2\"", clean, StringComparison.Ordinal);
    }

    /// <summary>Everything the rich-text toolbar (wwwroot/js/rich-text.js) makes, as it serialises it.</summary>
    [Fact]
    public void What_the_editor_toolbar_makes_is_kept_exactly()
    {
        const string html = "<h2>一、补贴对象</h2><h3>（一）重度残疾人</h3><p>持证的<strong>重度</strong>残疾人<em>每月</em>领取。<br>第二行</p>"
            + "<ol><li>一级</li><li>二级</li></ol><ul><li>甲</li></ul>"
            + "<p><a href=\"https://www.gov.cn/\">政府网</a>、<a href=\"http://www.gov.cn/\">旧址</a>、<a href=\"mailto:gk@example.gov.cn\">邮箱</a>、<a href=\"/bodies/canlian\">本站</a></p>"
            + "<table><thead><tr><th scope=\"col\">等级</th><th scope=\"col\">金额（元）</th></tr></thead><tbody><tr><td>一级</td><td></td></tr></tbody></table>";

        Assert.Equal(html, HtmlCleaner.Clean(html));
    }

    [Theory]
    [InlineData("<p class=\"MsoNormal\" id=\"main\">正文</p>", "<p>正文</p>")]
    [InlineData("<p data-x=\"1\" role=\"button\" aria-hidden=\"true\">正文</p>", "<p>正文</p>")]
    [InlineData("<p contenteditable=\"true\" tabindex=\"1\" accesskey=\"k\" draggable=\"true\" spellcheck=\"false\">正文</p>", "<p>正文</p>")]
    [InlineData("<a href=\"https://www.gov.cn/\" target=\"_blank\" rel=\"opener\">链接</a>", "<a href=\"https://www.gov.cn/\">链接</a>")]
    [InlineData("<table width=\"900\" border=\"1\" cellpadding=\"3\" cellspacing=\"0\" align=\"center\" bgcolor=\"#fff\"><tbody><tr><td width=\"300\" height=\"20\" valign=\"top\" nowrap>1</td></tr></tbody></table>",
        "<table><tbody><tr><td>1</td></tr></tbody></table>")]
    [InlineData("<p><font color=\"red\" size=\"5\" face=\"SimSun\">字</font></p>", "<p><font>字</font></p>")]
    [InlineData("<p>正文<o:p></o:p></p>", "<p>正文</p>")]
    [InlineData("<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0\"><link rel=\"stylesheet\" href=\"x.css\"><p>正文</p>", "<p>正文</p>")]
    [InlineData("<svg><script>alert(1)</script></svg><math></math><p>正文</p>", "<p>正文</p>")]
    [InlineData("<video src=\"x.mp4\"></video><audio src=\"x.mp3\"></audio><p>正文</p>", "<p>正文</p>")]
    public void What_the_toolbar_never_makes_is_stripped_of_style_and_behaviour(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html));
    }

    [Fact]
    public void Cleaning_twice_changes_nothing()
    {
        var once = HtmlCleaner.Clean("<p style=\"x\" onclick=\"y\">正文<script>z</script></p><a href=\"javascript:1\">a</a><table><tr><td>1</td></tr></table>");

        Assert.Equal(once, HtmlCleaner.Clean(once));
    }

    [Fact]
    public void Plain_text_is_kept_and_escaped()
    {
        Assert.Equal("a &lt; b &amp; c", HtmlCleaner.Clean("a < b & c"));
    }

    // ---- ToText ----

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("<p></p>", "")]
    [InlineData("<p> </p><p>&nbsp;</p>", "")]
    public void Empty_html_has_no_text(string? html, string text)
    {
        Assert.Equal(text, HtmlCleaner.ToText(html));
    }

    [Theory]
    [InlineData("<p>第一段</p><p>第二段</p>", "第一段\n第二段")]
    [InlineData("<P>第一段</P><P>第二段</P>", "第一段\n第二段")]
    [InlineData("第一行<br>第二行<br/>第三行<BR />第四行", "第一行\n第二行\n第三行\n第四行")]
    [InlineData("<ul><li>一</li><li>二</li></ul>", "一\n二")]
    [InlineData("<h1>标题</h1><div>正文</div>", "标题\n正文")]
    [InlineData("<table><tr><td>张三</td><td>300</td></tr><tr><td>李四</td><td>200</td></tr></table>", "张三300\n李四200")]
    [InlineData("<p>  前后空格  </p>\n\n<p>\n</p><p>下一段</p>", "前后空格\n下一段")]
    public void Paragraphs_become_lines(string html, string text)
    {
        Assert.Equal(text, HtmlCleaner.ToText(html));
    }

    [Theory]
    [InlineData("<p><strong>加粗</strong>和<a href=\"https://www.gov.cn/\">链接</a></p>", "加粗和链接")]
    [InlineData("<span class=\"x\">内联</span>", "内联")]
    public void Inline_tags_are_dropped(string html, string text)
    {
        Assert.Equal(text, HtmlCleaner.ToText(html));
    }

    [Theory]
    [InlineData("<p>a &lt; b &amp;&amp; c &gt; d</p>", "a < b && c > d")]
    [InlineData("<p>&quot;引号&quot; &#39;单引号&#39;</p>", "\"引号\" '单引号'")]
    [InlineData("<p>&#x4E2D;&#25991;</p>", "中文")]
    [InlineData("<p>&ldquo;通知&rdquo;&mdash;2025</p>", "\u201c通知\u201d\u20142025")]
    [InlineData("<p>&nbsp;前后&nbsp;</p>", "前后")]
    [InlineData("<p>&lt;script&gt;</p>", "<script>")]
    public void Entities_are_decoded(string html, string text)
    {
        Assert.Equal(text, HtmlCleaner.ToText(html));
    }
}

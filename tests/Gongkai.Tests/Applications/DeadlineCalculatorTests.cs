using System.Net;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Applications;

/// <summary>The public deadline calculator page (no database state beyond the shipped calendar).</summary>
public sealed class DeadlineCalculatorTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_empty_form_explains_the_rule()
    {
        var html = await app.Browser().GetOkAsync("/application-deadline");

        Assert.Contains("<h1>依申请公开答复期限计算</h1>", html);
        Assert.Contains("<label for=\"received\">", html);
        Assert.DoesNotContain("计算结果", html);
    }

    [Fact]
    public async Task The_worked_example_with_the_full_extension_lists_every_counted_day()
    {
        var html = await app.Browser().GetOkAsync("/application-deadline?received=2025-09-26&extension=20");

        Assert.Contains("<strong>2025年11月27日（四）</strong>", html);
        Assert.Contains("2025年10月30日（四）", html);
        Assert.Contains("2025年10月13日（一）（收到申请后 7 个工作日内）", html);
        Assert.Contains("计入答复期限的工作日（共 40 个）", html);
        // 2025-09-28 and 2025-10-11 are Sundays/Saturdays worked.
        Assert.Contains("<td>2025年9月28日（日）</td>\n                            <td>调休上班日</td>", html.Replace("\r", ""));
        Assert.DoesNotContain("2025年10月8日", html);
        Assert.DoesNotContain("暂定", html);
    }

    [Fact]
    public async Task Pauses_and_a_correction_are_applied()
    {
        var html = await app.Browser().GetOkAsync(
            "/application-deadline?received=2025-09-26&corrected=2025-10-20&pauseFrom=2025-10-15&pauseTo=2025-10-22&pauseFrom=&pauseTo=");

        Assert.Contains("<strong>2025年11月19日（三）</strong>", html);
        Assert.Contains("2025年10月20日（一）（补正收到之日）", html);
        Assert.Contains("2025年10月21日（二）、2025年10月22日（三），共 2 个。", html);
        Assert.Contains("corrected=2025-10-20&amp;pause=2025-10-15:2025-10-22", html);
    }

    [Fact]
    public async Task A_date_beyond_the_known_calendar_is_marked_provisional()
    {
        var html = await app.Browser().GetOkAsync("/application-deadline?received=2026-12-10");

        Assert.Contains("<strong>2027年1月7日（四）</strong>", html);
        Assert.Contains("暂定", html);
        Assert.Contains("暂按工作日计", html);
    }

    [Theory]
    [InlineData("received=2025-13-01", "不是 YYYY-MM-DD 格式的日期")]
    [InlineData("received=2025-09-26&extension=25", "延期应为 0 至 20 之间的工作日数")]
    [InlineData("received=2025-09-26&pauseFrom=2025-10-09&pauseTo=", "须同时填写开始和结束日期")]
    [InlineData("received=2025-09-26&pauseFrom=2025-10-19&pauseTo=2025-10-09", "结束日期不能早于开始日期")]
    [InlineData("received=&corrected=2025-10-01", "请填写申请收到日期")]
    [InlineData("received=%3Cscript%3Ealert(1)%3C/script%3E", "不是 YYYY-MM-DD 格式的日期")]
    public async Task Bad_input_is_400_with_a_message_and_the_input_kept(string query, string message)
    {
        var (status, html) = await app.Browser().FetchAsync("/application-deadline?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("请修改以下内容", html);
        Assert.DoesNotContain("<script>alert", html);
        if (query.Contains("extension=25"))
        {
            Assert.Contains("value=\"25\"", html);
        }
    }
}

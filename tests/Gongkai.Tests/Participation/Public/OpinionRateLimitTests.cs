using System.Net;
using Gongkai.Participation.Public;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Participation.Public;

/// <summary>A flood of comments or code guesses from one address is limited, with a clear message and the form kept.</summary>
public sealed class OpinionRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task A_flood_of_suggestions_is_429_with_the_message_and_the_form_kept()
    {
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/suggestions";
        var statuses = new List<HttpStatusCode>();
        var last = "";
        for (var i = 0; i < 4; i++)
        {
            var (status, html, _) = await browser.SubmitAsync(url, OpinionTestData.Form($"第{i}次的建议"), tokenFrom: url);
            statuses.Add(status);
            last = html;
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains(OpinionPosting.TooManyMessage, last);
        Assert.Contains("第3次的建议</textarea>", last);
        Assert.Contains("value=\"13800001111\"", last);
        Assert.Equal(3, await app.WithDbAsync((db, _) => db.Opinions.CountAsync(o => o.BodyId == body.Id)));
    }

    [Fact]
    public async Task Guessing_codes_is_limited()
    {
        var browser = app.Browser();
        var statuses = new List<HttpStatusCode>();
        var last = "";
        for (var i = 0; i < 5; i++)
        {
            var (status, html, _) = await browser.SubmitAsync("/feedback", new() { ["Code"] = $"ABCD-EFGH-JKL{i + 2}" }, tokenFrom: "/feedback");
            statuses.Add(status);
            last = html;
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("查询过于频繁", last);
    }
}

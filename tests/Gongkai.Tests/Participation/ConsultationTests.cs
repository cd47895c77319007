using Gongkai.Bodies;
using Gongkai.Participation.Consultations;

namespace Gongkai.Tests.Participation;

/// <summary>A draft decision's consultation: its comment period, the account of adoption after it, and the decision linked last.</summary>
public sealed class ConsultationTests
{
    private static readonly Body Township = new("qinghe", "Q01", "清河镇人民政府", BodyType.LocalGovernment);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string day) => new(D(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    private static Consultation Draft(string opens = "2026-03-02", string closes = "2026-03-31") =>
        new(Township, "清河镇农村人居环境整治实施方案（征求意见稿）", "<p>一、总体要求</p><script>alert(1)</script>", "垃圾清运费用如何分担？", D(opens), D(closes), At("2026-02-20"));

    [Fact]
    public void The_draft_is_cleaned_and_not_public_until_published()
    {
        var c = Draft();
        Assert.DoesNotContain("<script", c.DraftHtml, StringComparison.OrdinalIgnoreCase);
        Assert.False(c.IsPublic);
        Assert.False(c.IsOpenOn(D("2026-03-10")));
        c.Publish(At("2026-02-25"));
        Assert.True(c.IsPublic);
    }

    [Theory]
    [InlineData("2026-03-01", false)]
    [InlineData("2026-03-02", true)]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-04-01", false)]
    public void Comments_are_taken_from_the_first_to_the_last_day_of_the_period(string today, bool open)
    {
        var c = Draft();
        c.Publish(At("2026-02-25"));
        Assert.Equal(open, c.IsOpenOn(D(today)));
    }

    [Fact]
    public void The_account_comes_only_after_the_period_and_the_decision_only_after_the_account()
    {
        var c = Draft();
        c.Publish(At("2026-02-25"));
        var early = Assert.Throws<InvalidOperationException>(() => c.Conclude("<p>共收到意见12条，采纳5条。</p>", At("2026-03-31")));
        Assert.Contains("2026-03-31", early.Message);

        var decision = new global::Gongkai.Items.DisclosureItem(Township, new global::Gongkai.Catalogue.CatalogueCategory(Township, "重大决策"), global::Gongkai.Tests.Infrastructure.TestData.Metadata("清河镇农村人居环境整治实施方案"), At("2026-04-10"));
        Assert.Throws<InvalidOperationException>(() => c.LinkDecision(decision));

        c.Conclude("<p>共收到意见12条，采纳5条。</p>", At("2026-04-01"));
        Assert.Equal(ConsultationStage.Concluded, c.Stage);
        Assert.True(c.HasClosed(D("2026-04-01")));
        Assert.Throws<InvalidOperationException>(() => c.LinkDecision(decision)); // a draft item is not a published decision
    }

    [Fact]
    public void A_draft_cannot_be_changed_once_comments_are_being_taken()
    {
        var c = Draft();
        c.Publish(At("2026-02-25"));
        c.Edit("新标题", "<p>修改</p>", null, D("2026-03-02"), D("2026-03-31"), At("2026-02-26"));
        Assert.Throws<InvalidOperationException>(() => c.Edit("再改", "<p>x</p>", null, D("2026-03-02"), D("2026-03-31"), At("2026-03-02")));
    }

    [Theory]
    [InlineData("", "<p>x</p>", "2026-03-02", "2026-03-31", "请填写标题")]
    [InlineData("标题", "<p> </p>", "2026-03-02", "2026-03-31", "请填写征求意见的草案内容")]
    [InlineData("标题", "<p>x</p>", "2026-03-31", "2026-03-02", "截止日期不能早于开始日期")]
    public void Bad_input_is_refused_with_a_reason(string title, string html, string opens, string closes, string message)
    {
        var e = Assert.Throws<InvalidOperationException>(() => new Consultation(Township, title, html, null, D(opens), D(closes), At("2026-02-20")));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_period_already_over_cannot_be_published()
    {
        Assert.Throws<InvalidOperationException>(() => Draft("2026-01-05", "2026-01-30").Publish(At("2026-02-25")));
    }
}

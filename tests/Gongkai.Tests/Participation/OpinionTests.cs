using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Participation;

namespace Gongkai.Tests.Participation;

/// <summary>The one workflow of an opinion, its time limit in working days, moderation and what the public may see.</summary>
public sealed class OpinionTests
{
    private static readonly WorkingDayCalendar Calendar = ShippedCalendar.Calendar;
    private static readonly OpinionActor Clerk = new(7, "办理人");
    private static readonly OpinionActor Leader = new(8, "分管领导");
    private static readonly OpinionActor Supervisor = new(9, "监督员");
    private static readonly Body County = new("county", "C01", "示范县人民政府", BodyType.LocalGovernment);
    private static readonly Body School = new("school", "S01", "示范小学", BodyType.PublicInstitution, County);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Noon in China on that day.</summary>
    private static DateTimeOffset At(string day) => new(D(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    private static Opinion Comment(string day = "2025-09-26", bool wantsPublic = true, bool showAtOnce = false, int days = 15) =>
        Opinion.Receive(OpinionKind.Comment, OpinionChannel.Website, School, new OpinionSubject(ItemId: 1), null, "学校收取的校服费是否包含冬季校服？",
            new OpinionAuthor("李家长", "13912345678", null), wantsPublic, TrackingCode.New(), D(day), days, Calendar, showAtOnce, OpinionActor.Public, At(day));

    [Theory]
    // 15 working days from a Friday before National Day 2025 (10-01..10-08 off, 09-28 and 10-11 make-up days).
    [InlineData("2025-09-26", 15, "2025-10-23")]
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-06-03", 15, "2025-06-24")]
    // Across New Year 2026 (01-01..01-03 off, 01-04 a make-up Sunday).
    [InlineData("2025-12-29", 5, "2026-01-06")]
    [InlineData("2026-09-22", 15, "2026-10-20")]
    public void The_answer_is_due_the_configured_number_of_working_days_after_receipt(string received, int days, string due)
    {
        Assert.Equal(D(due), Comment(received, days: days).DueOn);
    }

    [Fact]
    public void A_comment_waits_for_moderation_unless_the_body_shows_comments_at_once()
    {
        var moderated = Comment();
        Assert.Equal(Moderation.Pending, moderated.Moderation);
        Assert.False(moderated.TextIsPublic);

        moderated.Show(Leader, At("2025-09-26"));
        Assert.True(moderated.TextIsPublic);

        Assert.True(Comment(showAtOnce: true).TextIsPublic);
        Assert.False(Comment(wantsPublic: false, showAtOnce: true).TextIsPublic);
    }

    [Fact]
    public void A_hidden_comment_keeps_its_reason_and_nothing_of_it_is_public()
    {
        var c = Comment(showAtOnce: true);
        c.WriteAnswer("包含。", isPublic: true, Clerk, At("2025-09-29"));
        c.ApproveAnswer(Leader, mayApprove: true, At("2025-09-29"));

        Assert.Throws<InvalidOperationException>(() => c.Hide(" ", Leader, At("2025-09-30")));
        c.Hide("含有他人手机号码", Leader, At("2025-09-30"));

        Assert.Equal("含有他人手机号码", c.HiddenReason);
        Assert.False(c.TextIsPublic);
        Assert.False(c.AnswerIsPublic);
        Assert.Contains(c.Events, e => e.Kind == OpinionEventKind.Hidden && e.Note == "含有他人手机号码" && !e.Public);
    }

    [Fact]
    public void A_report_is_never_public_and_may_be_fully_anonymous()
    {
        var report = Opinion.Receive(OpinionKind.Report, OpinionChannel.Website, School, OpinionSubject.None, null, "食堂账目不公开。", OpinionAuthor.Anonymous, wantsPublic: true,
            TrackingCode.New(), D("2025-09-26"), 15, Calendar, showAtOnce: true, OpinionActor.Public, At("2025-09-26"));

        Assert.True(report.Author.IsAnonymous);
        Assert.False(report.WantsPublic);
        Assert.False(report.TextIsPublic);
        Assert.Throws<InvalidOperationException>(() => report.Show(Leader, At("2025-09-26")));
    }

    [Fact]
    public void A_complaint_about_a_body_goes_to_its_supervising_body()
    {
        Assert.Same(County, Opinion.ComplaintHandler(School));
        Assert.Same(County, Opinion.ComplaintHandler(County));
    }

    [Fact]
    public void A_public_answer_is_shown_only_once_approved_and_a_returned_one_goes_back_to_the_handler()
    {
        var c = Comment();
        c.Assign(7, "办理人", Leader, At("2025-09-26"));
        c.WriteAnswer("包含冬季校服。", isPublic: true, Clerk, At("2025-09-29"));
        Assert.Equal(OpinionStatus.AnswerPending, c.Status);
        Assert.False(c.AnswerIsPublic);

        Assert.Throws<InvalidOperationException>(() => c.ApproveAnswer(Clerk, mayApprove: false, At("2025-09-29")));
        c.ReturnAnswer("请写明收费依据。", Leader, mayApprove: true, At("2025-09-29"));
        Assert.Equal(OpinionStatus.Assigned, c.Status);

        c.WriteAnswer("包含冬季校服，收费依据为县发改局文件。", isPublic: true, Clerk, At("2025-09-30"));
        c.ApproveAnswer(Leader, mayApprove: true, At("2025-09-30"));
        Assert.Equal(OpinionStatus.Answered, c.Status);
        Assert.True(c.AnswerIsPublic);
        Assert.True(c.IsAnswered);
    }

    [Fact]
    public void A_private_answer_is_answered_at_once_and_never_public()
    {
        var c = Comment();
        c.WriteAnswer("已电话回复。", isPublic: false, Clerk, At("2025-09-29"));
        Assert.Equal(OpinionStatus.Answered, c.Status);
        Assert.False(c.AnswerIsPublic);
    }

    [Fact]
    public void Rectification_runs_from_tasks_to_verification_to_publication()
    {
        var c = Comment();
        Assert.Throws<InvalidOperationException>(() => c.AddTask("公开收费明细", "总务处", 10, Calendar, Clerk, At("2025-09-26")));
        c.WriteAnswer("将公开收费明细。", isPublic: true, Clerk, At("2025-09-29"));
        c.ApproveAnswer(Leader, mayApprove: true, At("2025-09-29"));

        var task = c.AddTask("在公开栏和网站公开校服收费明细", "总务处", 10, Calendar, Clerk, At("2025-09-29"));
        Assert.Equal(D("2025-10-20"), task.DueOn); // 10 working days from 09-29, National Day skipped and 10-11 counted
        Assert.Equal(OpinionStatus.Rectifying, c.Status);
        Assert.False(task.IsOverdue(D("2025-10-20")));
        Assert.True(task.IsOverdue(D("2025-10-21")));

        Assert.Throws<InvalidOperationException>(() => c.Verify("已核实。", Supervisor, isSupervisor: true, At("2025-10-10")));
        c.CompleteTask(task, "已于10月10日在公开栏张贴，网站同步发布。", Clerk, At("2025-10-10"));
        Assert.Throws<InvalidOperationException>(() => c.PublishRectification("已公开。", Clerk, At("2025-10-10")));
        Assert.Throws<InvalidOperationException>(() => c.Verify("已核实。", Clerk, isSupervisor: false, At("2025-10-10")));
        c.Verify("经现场查看，公开栏已张贴。", Supervisor, isSupervisor: true, At("2025-10-11"));
        c.PublishRectification("校服收费明细已在公开栏和网站公开。", Clerk, At("2025-10-13"));

        Assert.Equal(OpinionStatus.RectificationPublished, c.Status);
        Assert.Equal(
            [OpinionEventKind.Received, OpinionEventKind.AnswerSubmitted, OpinionEventKind.Answered, OpinionEventKind.TaskAdded, OpinionEventKind.TaskDone, OpinionEventKind.Verified, OpinionEventKind.RectificationPublished],
            c.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Overdue_means_unanswered_after_the_due_day()
    {
        var c = Comment("2025-09-26");
        Assert.False(c.IsOverdue(D("2025-10-23")));
        Assert.True(c.IsOverdue(D("2025-10-24")));
        c.WriteAnswer("已答复。", isPublic: false, Clerk, At("2025-10-24"));
        Assert.False(c.IsOverdue(D("2025-10-28")));
    }

    [Theory]
    [InlineData("", "请填写内容")]
    [InlineData("   ", "请填写内容")]
    public void Empty_text_is_refused(string text, string message)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Opinion.Receive(OpinionKind.Suggestion, OpinionChannel.SuggestionBox, School, OpinionSubject.None, null, text,
            OpinionAuthor.Anonymous, false, TrackingCode.New(), D("2025-09-26"), 15, Calendar, false, OpinionActor.Public, At("2025-09-26")));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_comment_needs_its_item_and_a_future_receipt_date_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Opinion.Receive(OpinionKind.Comment, OpinionChannel.Website, School, OpinionSubject.None, null, "x",
            OpinionAuthor.Anonymous, false, TrackingCode.New(), D("2025-09-26"), 15, Calendar, false, OpinionActor.Public, At("2025-09-26")));
        Assert.Throws<InvalidOperationException>(() => Opinion.Receive(OpinionKind.Suggestion, OpinionChannel.Hotline, School, OpinionSubject.None, null, "路面坑洼。",
            OpinionAuthor.Anonymous, false, TrackingCode.New(), D("2025-09-27"), 15, Calendar, false, Clerk, At("2025-09-26")));
    }
}

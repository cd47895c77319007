using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Calendar;

namespace Gongkai.Tests.Applications;

/// <summary>The rules of each step, and the due date derived from the event log (domain.md §5).</summary>
public class DisclosureApplicationTests
{
    private static readonly WorkingDayCalendar Calendar = ShippedCalendar.Calendar;
    private static readonly ApplicationActor Clerk = new(7, "受理员");
    private static readonly ApplicationActor Head = new(8, "公开办主任");

    private static DateOnly D(string s) => DateOnly.Parse(s);

    /// <summary>Noon in China on that day.</summary>
    private static DateTimeOffset At(string day) => new(DateOnly.Parse(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    private static DisclosureApplication Received(string day, ApplicationChannel channel = ApplicationChannel.InPerson) =>
        DisclosureApplication.Register(new Body("test-body", "T01", "测试局", BodyType.GovernmentDepartment), Applicant(), Request(), channel, D(day), TrackingCode.New(), Guid.NewGuid().ToString("N"), Clerk, At(day));

    private static Applicant Applicant() =>
        new(ApplicantType.NaturalPerson, "张三", null, IdDocumentType.ResidentIdCard, new ProtectedId("x", "110105********1234", "k"), "13800138000", null, null, null);

    private static RequestedInformation Request() => new("2025年低保资金发放明细", null, null, InformationForm.Electronic, DeliveryMethod.Email);

    private static DateOnly Due(DisclosureApplication a, string today) => a.Deadline(Calendar, D(today))!.Due.Date;

    [Fact]
    public void The_worked_example_comes_out_of_the_event_log()
    {
        var a = Received("2025-09-26");

        Assert.Equal(D("2025-10-30"), Due(a, "2025-09-26"));
        Assert.Equal(D("2025-10-13"), a.Deadline(Calendar, D("2025-09-26"))!.CorrectionNoticeDue.Date);
        a.Extend(20, "需要调取档案。", Head, approverIsOfficeHead: true, At("2025-10-20"));
        Assert.Equal(D("2025-11-27"), Due(a, "2025-10-20"));
    }

    [Fact]
    public void An_online_application_has_no_clock_until_staff_confirm_receipt()
    {
        var a = DisclosureApplication.SubmitOnline(new Body("b", "B", "测试局", BodyType.GovernmentDepartment), Applicant(), Request(), TrackingCode.New(), "key", At("2025-09-25"));

        Assert.Equal(ApplicationStatus.AwaitingConfirmation, a.Status);
        Assert.Null(a.Deadline(Calendar, D("2025-09-26")));
        Assert.Throws<InvalidOperationException>(() => a.ConfirmReceipt(D("2025-09-24"), Clerk, At("2025-09-26")));
        Assert.Throws<InvalidOperationException>(() => a.ConfirmReceipt(D("2025-09-27"), Clerk, At("2025-09-26")));
        a.ConfirmReceipt(D("2025-09-26"), Clerk, At("2025-09-26"));
        Assert.Equal(D("2025-10-30"), Due(a, "2025-09-26"));
        Assert.Throws<InvalidOperationException>(() => a.ConfirmReceipt(D("2025-09-26"), Clerk, At("2025-09-26")));
    }

    [Fact]
    public void A_correction_restarts_the_clock_and_is_asked_for_once()
    {
        var a = Received("2025-09-26");
        a.RequestCorrection(D("2025-10-10"), D("2025-10-24"), "请说明所需信息的年份。", Clerk, At("2025-10-10"));

        Assert.Equal(ApplicationStatus.AwaitingCorrection, a.Status);
        a.RecordCorrection(D("2025-10-20"), null, Clerk, At("2025-10-20"));
        Assert.Equal(D("2025-11-17"), Due(a, "2025-10-20"));
        var again = Assert.Throws<InvalidOperationException>(() => a.RequestCorrection(D("2025-10-21"), D("2025-10-30"), "再补正", Clerk, At("2025-10-21")));
        Assert.Contains("一次性告知", again.Message);
    }

    [Fact]
    public void No_correction_in_time_closes_as_six_one_only_after_the_deadline()
    {
        var a = Received("2025-09-26");
        a.RequestCorrection(D("2025-10-10"), D("2025-10-24"), "请说明所需信息的年份。", Clerk, At("2025-10-10"));

        Assert.Throws<InvalidOperationException>(() => a.CloseForNoCorrection(Clerk, At("2025-10-24")));
        a.CloseForNoCorrection(Clerk, At("2025-10-27"));
        Assert.Equal("6.1", a.OutcomeCode);
        Assert.Equal(ApplicationStatus.Closed, a.Status);
    }

    [Fact]
    public void A_third_party_consultation_pauses_until_the_answer()
    {
        var a = Received("2025-09-26");
        var letter = a.Consult(PauseKind.ThirdParty, "某公司", D("2025-10-09"), Calendar, Clerk, At("2025-10-09"));

        Assert.Equal(ApplicationStatus.Consulting, a.Status);
        // 15 working days after Oct 9: Oct 10, 11 (make-up Saturday), 13–17, 20–24, 27, 28, 29.
        Assert.Equal(D("2025-10-29"), letter.Until);
        // While unanswered the pause is assumed to run to the end of the answer period.
        Assert.Equal(D("2025-11-20"), Due(a, "2025-10-10"));
        Assert.Throws<InvalidOperationException>(() => a.DraftReply(Replies.TestReplies.Partial(a, Clerk, At("2025-10-10")), Clerk, At("2025-10-10")));
        a.RecordConsultationAnswer(letter, D("2025-10-15"), null, Clerk, At("2025-10-15"));
        Assert.Equal(ApplicationStatus.InProgress, a.Status);
        Assert.Equal(D("2025-11-06"), Due(a, "2025-10-15"));
        Assert.Throws<InvalidOperationException>(() => a.RecordConsultationAnswer(letter, D("2025-10-16"), null, Clerk, At("2025-10-16")));
    }

    [Fact]
    public void A_late_answer_counts_only_to_the_end_of_the_answer_period()
    {
        var a = Received("2025-09-26");
        var letter = a.Consult(PauseKind.CoProducer, "市财政局", D("2025-10-09"), Calendar, Clerk, At("2025-10-09"));
        a.RecordConsultationAnswer(letter, D("2025-11-03"), "逾期答复，视为同意。", Clerk, At("2025-11-03"));

        Assert.Equal(Due(Received("2025-09-26").Also(x => x.Consult(PauseKind.CoProducer, "市财政局", D("2025-10-09"), Calendar, Clerk, At("2025-10-09"))), "2025-10-10"), Due(a, "2025-11-03"));
    }

    [Fact]
    public void A_fee_notice_pauses_until_payment_and_lapses_after_twenty_working_days()
    {
        var a = Received("2025-09-26");
        a.NotifyFee(100m, "按件计收：本月第 11 件。", D("2025-09-29"), Calendar, Clerk, At("2025-09-29"));

        Assert.Equal(ApplicationStatus.AwaitingFee, a.Status);
        Assert.Throws<InvalidOperationException>(() => a.CloseForUnpaidFee(Clerk, At("2025-10-30")));
        a.RecordPayment(D("2025-10-10"), Clerk, At("2025-10-10"));
        Assert.Equal(D("2025-11-04"), Due(a, "2025-10-10"));

        var unpaid = Received("2025-09-26");
        unpaid.NotifyFee(100m, "按件计收。", D("2025-09-29"), Calendar, Clerk, At("2025-09-29"));
        // 20 working days after Sep 29 end on Nov 3 (Sep 30, Oct 9, 10, 11, 13–17, 20–24, 27–31, Nov 3).
        Assert.Throws<InvalidOperationException>(() => unpaid.CloseForUnpaidFee(Clerk, At("2025-11-03")));
        unpaid.CloseForUnpaidFee(Clerk, At("2025-11-04"));
        Assert.Equal("6.2", unpaid.OutcomeCode);
    }

    [Fact]
    public void An_unpaid_fee_notice_keeps_moving_the_due_date()
    {
        var a = Received("2025-09-26");
        a.NotifyFee(100m, "按页计收。", D("2025-09-29"), Calendar, Clerk, At("2025-09-29"));

        Assert.True(Due(a, "2025-10-14") > Due(a, "2025-10-10"));
    }

    [Fact]
    public void An_extension_needs_the_office_head_once_and_at_most_twenty_days()
    {
        var a = Received("2025-09-26");

        Assert.Throws<InvalidOperationException>(() => a.Extend(10, "理由", Clerk, approverIsOfficeHead: false, At("2025-10-20")));
        Assert.Throws<InvalidOperationException>(() => a.Extend(21, "理由", Head, approverIsOfficeHead: true, At("2025-10-20")));
        Assert.Throws<InvalidOperationException>(() => a.Extend(10, " ", Head, approverIsOfficeHead: true, At("2025-10-20")));
        a.Extend(10, "需要汇总三个科室的材料。", Head, approverIsOfficeHead: true, At("2025-10-20"));
        Assert.Equal(D("2025-11-13"), Due(a, "2025-10-20"));
        Assert.Throws<InvalidOperationException>(() => a.Extend(10, "再延", Head, approverIsOfficeHead: true, At("2025-10-21")));
    }

    [Fact]
    public void A_reply_is_drafted_then_approved_by_the_office_head()
    {
        var a = Received("2025-09-26");
        var reply = Replies.TestReplies.Partial(a, Clerk, At("2025-10-20"));
        a.DraftReply(reply, Clerk, At("2025-10-20"));

        Assert.Equal(ApplicationStatus.ReplyPending, a.Status);
        Assert.Throws<InvalidOperationException>(() => a.ApproveReply(reply, 0, Clerk, isOfficeHead: false, At("2025-10-21")));
        Assert.Throws<InvalidOperationException>(() => a.ReturnReply(reply, "请补充不予公开部分的理由。", Clerk, isOfficeHead: false, At("2025-10-21")));
        a.ReturnReply(reply, "请补充不予公开部分的理由。", Head, isOfficeHead: true, At("2025-10-21"));
        Assert.Equal(ApplicationStatus.InProgress, a.Status);
        a.DraftReply(reply, Clerk, At("2025-10-22"));
        a.ApproveReply(reply, 0, Head, isOfficeHead: true, At("2025-10-23"));
        Assert.Equal("2", a.OutcomeCode);
        Assert.Equal(D("2025-10-23"), a.ClosedOn);
        Assert.Throws<InvalidOperationException>(() => a.RecordDelivery(DeliveryMethod.Post, " ", D("2025-10-23"), Clerk, At("2025-10-23")));
        a.RecordDelivery(DeliveryMethod.Post, "EMS1234567890", D("2025-10-24"), Clerk, At("2025-10-24"));
        Assert.Contains(a.Events, e => e.Kind == ApplicationEventKind.Delivered && e.Note!.Contains("EMS1234567890"));
    }

    [Fact]
    public void Steps_cannot_be_dated_in_the_future_or_before_the_receipt()
    {
        var a = Received("2025-09-26");

        Assert.Throws<InvalidOperationException>(() => a.RequestCorrection(D("2025-09-25"), D("2025-10-24"), "x", Clerk, At("2025-10-10")));
        Assert.Throws<InvalidOperationException>(() => a.RequestCorrection(D("2025-10-11"), D("2025-10-24"), "x", Clerk, At("2025-10-10")));
        Assert.Throws<InvalidOperationException>(() => a.Consult(PauseKind.ThirdParty, "某公司", D("2025-09-20"), Calendar, Clerk, At("2025-10-10")));
        Assert.Throws<InvalidOperationException>(() => DisclosureApplication.Register(new Body("b", "B", "测试局", BodyType.GovernmentDepartment), Applicant(), Request(),
            ApplicationChannel.Post, D("2025-09-27"), TrackingCode.New(), "k", Clerk, At("2025-09-26")));
    }

    [Fact]
    public void Villages_take_no_applications()
    {
        var village = new Body("cun", "C01", "某村", BodyType.Village);

        Assert.False(DisclosureApplication.Accepts(village));
        Assert.Throws<InvalidOperationException>(() => DisclosureApplication.SubmitOnline(village, Applicant(), Request(), TrackingCode.New(), "k", At("2025-09-26")));
    }

    [Fact]
    public void Internal_steps_are_not_shown_to_the_applicant()
    {
        var a = Received("2025-09-26");
        a.Assign(9, "李四", Clerk, At("2025-09-26"));
        a.DraftReply(Replies.TestReplies.Partial(a, Clerk, At("2025-09-29")), Clerk, At("2025-09-29"));

        Assert.False(a.Events.Single(e => e.Kind == ApplicationEventKind.Assigned).Public);
        Assert.False(a.Events.Single(e => e.Kind == ApplicationEventKind.ReplyDrafted).Public);
        Assert.True(a.Events.Single(e => e.Kind == ApplicationEventKind.Received).Public);
    }
}

internal static class TestExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}

public class ApplicationReminderRuleTests
{
    private static DisclosureApplication Received() =>
        DisclosureApplication.Register(new Body("b", "B", "测试局", BodyType.GovernmentDepartment),
            new Applicant(ApplicantType.NaturalPerson, "张三", null, IdDocumentType.ResidentIdCard, new ProtectedId("x", "m", "k"), "13800138000", null, null, null),
            new RequestedInformation("某文件", null, null, InformationForm.Electronic, DeliveryMethod.Email),
            ApplicationChannel.InPerson, new DateOnly(2025, 9, 26), TrackingCode.New(), "k", new ApplicationActor(1, "受理员"), new DateTimeOffset(2025, 9, 26, 4, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(20, null)]
    [InlineData(6, null)]
    [InlineData(5, 5)]
    [InlineData(3, 5)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    [InlineData(-1, -1)]
    [InlineData(-30, -1)]
    public void Reminders_fall_at_five_and_one_days_left_and_once_overdue(int daysLeft, int? expected)
    {
        Assert.Equal(expected, Received().ReminderDue(daysLeft));
    }

    [Fact]
    public void A_reminder_is_sent_once_and_none_while_the_clock_stands_still()
    {
        var a = Received();
        a.RecordReminder(5, new DateOnly(2025, 10, 30), new DateTimeOffset(2025, 10, 23, 4, 0, 0, TimeSpan.Zero));

        Assert.Null(a.ReminderDue(4));
        Assert.Equal(1, a.ReminderDue(1));
        a.Consult(PauseKind.ThirdParty, "某公司", new DateOnly(2025, 10, 24), ShippedCalendar.Calendar, new ApplicationActor(1, "受理员"), new DateTimeOffset(2025, 10, 24, 4, 0, 0, TimeSpan.Zero));
        Assert.Null(a.ReminderDue(1));
    }
}

using Gongkai.Applications.Replies;
using Gongkai.Bodies;
using Gongkai.Calendar;

namespace Gongkai.Applications;

/// <summary>Who acts on an application: a staff member (by id and name) or the applicant.</summary>
public sealed record ApplicationActor(int? UserId, string Name)
{
    public static readonly ApplicationActor Applicant = new(null, "申请人");
}

/// <summary>
/// An application for government information (依申请公开, Arts. 27–45) and its event log. The
/// rules of each step live here; the reply clock is derived from the log by
/// <see cref="ClockFacts(DateOnly)"/> and <see cref="ApplicationClock"/>, never stored.
/// </summary>
public class DisclosureApplication
{
    private DisclosureApplication() { }

    /// <summary>
    /// Villages keep village-affairs disclosure (村务公开), which has no application procedure; every other
    /// body — governments, departments, and the public institutions and organisations the Regulations
    /// cover — takes applications.
    /// </summary>
    public static bool Accepts(Body body) => body.Type != BodyType.Village;

    private DisclosureApplication(Body body, Applicant applicant, RequestedInformation request, ApplicationChannel channel, TrackingCode code, DateTimeOffset now)
    {
        if (!Accepts(body))
        {
            throw new InvalidOperationException("村务公开不适用依申请公开程序，请向所在乡镇人民政府提出申请。");
        }
        Body = body;
        BodyId = body.Id;
        Applicant = applicant;
        Request = request;
        Channel = channel;
        TrackingCode = code.Code;
        AccessToken = code.Token;
        SubmittedAt = now;
    }

    /// <summary>An online application: received only when staff confirm it (Art. 31).</summary>
    public static DisclosureApplication SubmitOnline(Body body, Applicant applicant, RequestedInformation request, TrackingCode code, string submissionKey, DateTimeOffset now)
    {
        var application = new DisclosureApplication(body, applicant, request, ApplicationChannel.Online, code, now) { Status = ApplicationStatus.AwaitingConfirmation, SubmissionKey = submissionKey };
        application.Add(ApplicationEventKind.Submitted, Text.ChinaTime.ChinaDate(now), now, ApplicationActor.Applicant, "通过网上申请平台提交。", isPublic: true);
        return application;
    }

    /// <summary>
    /// An application handed in, posted or faxed, registered by staff with its date of receipt: the day
    /// handed in, the day the body signed for the letter, the day both sides confirmed the fax.
    /// </summary>
    public static DisclosureApplication Register(Body body, Applicant applicant, RequestedInformation request, ApplicationChannel channel, DateOnly receivedOn, TrackingCode code, string submissionKey, ApplicationActor staff, DateTimeOffset now)
    {
        if (channel == ApplicationChannel.Online)
        {
            throw new InvalidOperationException("网上申请由申请人提交，工作人员确认收到。");
        }
        if (receivedOn > Text.ChinaTime.ChinaDate(now))
        {
            throw new InvalidOperationException("收到日期不能晚于今天。");
        }
        var application = new DisclosureApplication(body, applicant, request, channel, code, now) { Status = ApplicationStatus.InProgress, ReceivedOn = receivedOn, SubmissionKey = submissionKey };
        application.Add(ApplicationEventKind.Received, receivedOn, now, staff, ReceiptNote(channel), isPublic: true);
        return application;
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public Body Body { get; private set; } = null!;
    /// <summary>What the applicant quotes: short, unambiguous characters.</summary>
    public string TrackingCode { get; private set; } = "";
    /// <summary>The secret in the applicant's tracking link.</summary>
    public string AccessToken { get; private set; } = "";
    public ApplicationChannel Channel { get; private set; }
    /// <summary>The form's one-time key: a form sent twice makes one application.</summary>
    public string? SubmissionKey { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>The date of receipt (Art. 31): day 0 of the clock. Null until staff confirm an online application.</summary>
    public DateOnly? ReceivedOn { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public Applicant Applicant { get; private set; } = null!;
    public RequestedInformation Request { get; private set; } = null!;
    public int? HandlerUserId { get; private set; }
    public string? HandlerName { get; private set; }
    /// <summary>The annual-report row once closed (<see cref="Outcome.Code"/>).</summary>
    public string? OutcomeCode { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    /// <summary>Incremented by every change; two handlers acting at once are told, not overwritten.</summary>
    public int Revision { get; private set; }

    public List<ApplicationEvent> Events { get; } = [];

    /// <summary>What the applicant handed in: ID copy, authorisation letter, correction material.</summary>
    public List<ApplicantFile> Files { get; } = [];

    public const int CorrectionTextMaxLength = 2000;

    /// <summary>Files handed in with the application itself (ID copy, authorisation letter).</summary>
    public void AttachFiles(IEnumerable<ApplicantFile> files)
    {
        foreach (var file in files)
        {
            Require(file.Purpose is ApplicantFilePurpose.IdCopy or ApplicantFilePurpose.Authorisation, "补正材料请在补正时提交。");
            Files.Add(file);
        }
    }

    public Outcome? Outcome => Outcome.Find(OutcomeCode);

    public bool IsOpen => Status is not (ApplicationStatus.Closed or ApplicationStatus.AwaitingConfirmation);

    public ApplicationEvent? CorrectionRequest => Events.FirstOrDefault(e => e.Kind == ApplicationEventKind.CorrectionRequested);

    public int ExtensionDays => Events.Where(e => e.Kind == ApplicationEventKind.Extended).Sum(e => e.Days ?? 0);

    /// <summary>Consultations sent and not yet answered.</summary>
    public IEnumerable<ApplicationEvent> OpenConsultations =>
        Events.Where(e => e.Kind == ApplicationEventKind.ConsultationSent && e.ResolvedOn is null);

    public ApplicationEvent? OpenFeeNotice =>
        Events.FirstOrDefault(e => e.Kind == ApplicationEventKind.FeeNotified && e.ResolvedOn is null);

    // Receipt and assignment.

    public void ConfirmReceipt(DateOnly receivedOn, ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.AwaitingConfirmation, "该申请已确认收到。");
        if (receivedOn < Text.ChinaTime.ChinaDate(SubmittedAt) || receivedOn > Text.ChinaTime.ChinaDate(now))
        {
            throw new InvalidOperationException("确认收到的日期应在提交之日至今天之间。");
        }
        ReceivedOn = receivedOn;
        Status = ApplicationStatus.InProgress;
        Add(ApplicationEventKind.Received, receivedOn, now, staff, "工作人员确认收到网上申请。", isPublic: true);
    }

    public void Assign(int handlerUserId, string handlerName, ApplicationActor by, DateTimeOffset now)
    {
        Require(Status != ApplicationStatus.Closed, "已办结的申请不能再分办。");
        HandlerUserId = handlerUserId;
        HandlerName = handlerName;
        Add(ApplicationEventKind.Assigned, Today(now), now, by, $"分办给{handlerName}。", isPublic: false);
    }

    // Correction (Art. 30): once and in full, within 7 working days of receipt; the clock restarts on receipt of the correction.

    public void RequestCorrection(DateOnly on, DateOnly deadline, string whatToCorrect, ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.InProgress, "只有办理中的申请可以告知补正。");
        Require(CorrectionRequest is null, "补正应一次性告知：本申请已告知过补正。补正后仍不明确的，可答复“（四）无法提供 3. 补正后申请内容仍不明确”。");
        RequireText(whatToCorrect, "请写明需要补正的事项。");
        RequireDate(on, now, ReceivedOn!.Value);
        Require(deadline > on, "补正期限应晚于告知之日。");
        Status = ApplicationStatus.AwaitingCorrection;
        Add(ApplicationEventKind.CorrectionRequested, on, now, staff, whatToCorrect.Trim(), isPublic: true).Until = deadline;
    }

    public void RecordCorrection(DateOnly receivedOn, string? note, ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.AwaitingCorrection, "该申请不在等待补正。");
        RequireDate(receivedOn, now, CorrectionRequest!.On);
        Status = ApplicationStatus.InProgress;
        Add(ApplicationEventKind.Corrected, receivedOn, now, staff, string.IsNullOrWhiteSpace(note) ? "收到申请人的补正材料，答复期限自收到之日重新计算。" : note.Trim(), isPublic: true);
    }

    /// <summary>
    /// The applicant corrects online through the tracking link: received the day it is sent, since it
    /// arrives in the body's own system; the reply period restarts from that day. Refused after the
    /// deadline, when the application counts as abandoned.
    /// </summary>
    public void SubmitCorrection(string text, IReadOnlyList<ApplicantFile> files, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.AwaitingCorrection, "该申请目前不需要补正。");
        Require(Today(now) <= CorrectionRequest!.Until, $"补正期限（{CorrectionRequest.Until:yyyy年M月d日}）已过，请联系受理机关。");
        RequireText(text, "请填写补正的内容。");
        Require(text.Trim().Length <= CorrectionTextMaxLength, $"补正内容不能超过 {CorrectionTextMaxLength} 字。");
        Require(files.All(f => f.Purpose == ApplicantFilePurpose.Correction), "补正材料的用途不正确。");
        Files.AddRange(files);
        Status = ApplicationStatus.InProgress;
        var attached = files.Count == 0 ? "" : $"（附材料：{string.Join("、", files.Select(f => f.FileName))}）";
        Add(ApplicationEventKind.Corrected, Today(now), now, ApplicationActor.Applicant, $"申请人在网上提交补正：{text.Trim()}{attached}", isPublic: true);
    }

    /// <summary>No correction by the deadline: deemed abandoned, outcome （六）1.</summary>
    public void CloseForNoCorrection(ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.AwaitingCorrection, "该申请不在等待补正。");
        Require(Today(now) > CorrectionRequest!.Until, $"补正期限（{CorrectionRequest.Until:yyyy-MM-dd}）尚未届满。");
        Close(Outcome.NoCorrection, ApplicationEventKind.Lapsed, Today(now), staff, now, "申请人逾期未补正，视为放弃申请，本机关不再处理。");
    }

    // Consultation (Arts. 32 and 34): the time until the answer, or the end of the 15-working-day period, is not counted.

    public ApplicationEvent Consult(PauseKind kind, string party, DateOnly on, WorkingDayCalendar calendar, ApplicationActor staff, DateTimeOffset now)
    {
        Require(kind is PauseKind.ThirdParty or PauseKind.CoProducer, "请选择征求第三方意见或征求其他机关意见。");
        Require(Status is ApplicationStatus.InProgress or ApplicationStatus.Consulting, "只有办理中的申请可以征求意见。");
        RequireText(party, "请填写征求意见的对象。");
        RequireDate(on, now, DayZero!.Value);
        Status = ApplicationStatus.Consulting;
        var e = Add(ApplicationEventKind.ConsultationSent, on, now, staff, $"书面征求{party.Trim()}的意见，答复期间不计入答复期限。", isPublic: true);
        e.Party = party.Trim();
        e.Pause = kind;
        e.Until = calendar.AddWorkingDays(on, ApplicationClock.ConsultationWorkingDays).Date;
        return e;
    }

    public void RecordConsultationAnswer(ApplicationEvent consultation, DateOnly on, string? note, ApplicationActor staff, DateTimeOffset now)
    {
        Require(consultation.Kind == ApplicationEventKind.ConsultationSent && Events.Contains(consultation), "找不到该征求意见记录。");
        Require(consultation.ResolvedOn is null, "该征求意见已记录答复。");
        RequireDate(on, now, consultation.On);
        consultation.ResolvedOn = on;
        var answer = Add(ApplicationEventKind.ConsultationAnswered, on, now, staff,
            string.IsNullOrWhiteSpace(note) ? $"收到{consultation.Party}的意见，恢复计算答复期限。" : note.Trim(), isPublic: true);
        answer.Party = consultation.Party;
        if (!OpenConsultations.Any())
        {
            Status = ApplicationStatus.InProgress;
        }
    }

    // Fees (2020 measures): the time from the notice to payment is not counted; unpaid after 20 working days → （六）2.

    public void NotifyFee(decimal amount, string basis, DateOnly on, WorkingDayCalendar calendar, ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.InProgress, "只有办理中的申请可以发出收费通知。");
        Require(amount > 0, "收费金额应大于零。");
        RequireText(basis, "请写明收费依据和计算方式。");
        RequireDate(on, now, DayZero!.Value);
        Status = ApplicationStatus.AwaitingFee;
        var e = Add(ApplicationEventKind.FeeNotified, on, now, staff, basis.Trim(), isPublic: true);
        e.Amount = amount;
        e.Until = calendar.AddWorkingDays(on, ApplicationClock.FeePaymentWorkingDays).Date;
    }

    public void RecordPayment(DateOnly on, ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.AwaitingFee && OpenFeeNotice is not null, "该申请没有待缴的信息处理费。");
        RequireDate(on, now, OpenFeeNotice!.On);
        OpenFeeNotice!.ResolvedOn = on;
        Status = ApplicationStatus.InProgress;
        Add(ApplicationEventKind.FeePaid, on, now, staff, "收到信息处理费，恢复计算答复期限。", isPublic: true);
    }

    public void CloseForUnpaidFee(ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.AwaitingFee && OpenFeeNotice is not null, "该申请没有待缴的信息处理费。");
        Require(Today(now) > OpenFeeNotice!.Until, $"缴费期限（{OpenFeeNotice.Until:yyyy-MM-dd}）尚未届满。");
        Close(Outcome.FeeUnpaid, ApplicationEventKind.Lapsed, Today(now), staff, now, "申请人逾期未缴纳信息处理费，本机关不再处理其申请。");
    }

    // Extension (Art. 33): at most 20 working days, approved by the head of the disclosure office, with a notice to the applicant.

    public void Extend(int days, string reason, ApplicationActor approver, bool approverIsOfficeHead, DateTimeOffset now)
    {
        Require(IsOpen && Status != ApplicationStatus.ReplyPending, "只有办理中的申请可以延期。");
        Require(approverIsOfficeHead, "延长答复期限须经政府信息公开工作机构负责人同意。");
        Require(ExtensionDays == 0, "答复期限只能延长一次。");
        Require(days is >= 1 and <= ApplicationClock.MaxExtensionDays, $"延长的期限为 1 至 {ApplicationClock.MaxExtensionDays} 个工作日。");
        RequireText(reason, "请写明延期理由（将告知申请人）。");
        Add(ApplicationEventKind.Extended, Today(now), now, approver, reason.Trim(), isPublic: true).Days = days;
    }

    // Reply: drafted by the handler, approved by the head of the disclosure office.

    public void DraftReply(ApplicationReply reply, ApplicationActor handler, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.InProgress, OpenConsultations.Any() || Status is ApplicationStatus.Consulting
            ? "征求意见尚未答复，请先记录答复或等待期满。"
            : "只有办理中的申请可以拟定答复。");
        RequireOwn(reply);
        reply.Submit(now);
        Status = ApplicationStatus.ReplyPending;
        Add(ApplicationEventKind.ReplyDrafted, Today(now), now, handler, $"拟定答复（第 {reply.Round} 稿）：{reply.Outcome.Label}。", isPublic: false);
    }

    public void ReturnReply(ApplicationReply reply, string reason, ApplicationActor officeHead, bool isOfficeHead, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.ReplyPending, "没有待审批的答复。");
        Require(isOfficeHead, "答复须由政府信息公开工作机构负责人审批或退回。");
        RequireText(reason, "请写明退回理由。");
        RequireOwn(reply);
        reply.Return(now);
        Status = ApplicationStatus.InProgress;
        Add(ApplicationEventKind.ReplyReturned, Today(now), now, officeHead, reason.Trim(), isPublic: false);
    }

    /// <summary>The office head approves the pending reply: its outcome closes the application. Personal data the privacy guard found must be masked or justified first.</summary>
    public void ApproveReply(ApplicationReply reply, int unresolvedFindings, ApplicationActor officeHead, bool isOfficeHead, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.ReplyPending, "没有待审批的答复。");
        Require(isOfficeHead, "答复须经政府信息公开工作机构负责人审批。");
        RequireOwn(reply);
        reply.Approve(officeHead, unresolvedFindings, now);
        Close(reply.Outcome, ApplicationEventKind.Replied, Today(now), officeHead, now, $"作出答复：{reply.Outcome.Label}。");
    }

    /// <summary>Art. 44: the information disclosed in the reply becomes a draft item for proactive disclosure; noted for staff.</summary>
    public void ConvertToProactive(ApplicationReply reply, Items.DisclosureItem draft, ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.Closed, "答复作出后才能转为主动公开。");
        RequireOwn(reply);
        reply.BecameProactive(draft, now);
        Add(ApplicationEventKind.ConvertedToProactive, Today(now), now, staff, $"依据条例第四十四条，将答复公开的信息转为主动公开，已建信息草稿《{draft.Title}》。", isPublic: false);
    }

    public void RecordDelivery(DeliveryMethod method, string? trackingNumber, DateOnly on, ApplicationActor staff, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.Closed && OutcomeCode is not null, "答复作出后才能登记送达。");
        Require(method != DeliveryMethod.Post || !string.IsNullOrWhiteSpace(trackingNumber), "邮寄送达请填写邮件单号。");
        RequireDate(on, now, ClosedOn!.Value);
        var note = method switch
        {
            DeliveryMethod.Email => "已通过电子邮件送达。",
            DeliveryMethod.Post => $"已邮寄送达，邮件单号 {trackingNumber!.Trim()}。",
            _ => "申请人已当面领取。",
        };
        Add(ApplicationEventKind.Delivered, on, now, staff, note, isPublic: true);
    }

    /// <summary>The working days left at which staff are reminded: 5 and 1 before the due date, and once when overdue (−1).</summary>
    public static readonly int[] ReminderPoints = [5, 1, -1];

    /// <summary>
    /// Which reminder is due with <paramref name="daysLeft"/> working days left and not yet sent, if any:
    /// 5 at five or fewer (but more than one), 1 at one or none, −1 once overdue.
    /// </summary>
    public int? ReminderDue(int daysLeft)
    {
        if (!IsOpen || Status is ApplicationStatus.Consulting or ApplicationStatus.AwaitingFee or ApplicationStatus.AwaitingCorrection)
        {
            return null; // the clock stands still, or the applicant has the next move
        }
        int? point = daysLeft < 0 ? -1 : daysLeft <= 1 ? 1 : daysLeft <= 5 ? 5 : null;
        return point is { } p && !Events.Any(e => e.Kind == ApplicationEventKind.Reminded && e.Days == p && e.On >= (DayZero ?? DateOnly.MinValue)) ? p : null;
    }

    public void RecordReminder(int point, DateOnly due, DateTimeOffset now)
    {
        var text = point < 0 ? $"已超过答复期限（{due:yyyy-MM-dd}）。" : $"距答复期限（{due:yyyy-MM-dd}）还有 {point} 个工作日。";
        Add(ApplicationEventKind.Reminded, Today(now), now, new ApplicationActor(null, "系统"), text, isPublic: false).Days = point;
    }

    /// <summary>Records that a staff member displayed the full ID number.</summary>
    public void RecordIdRevealed(ApplicationActor staff, DateTimeOffset now) =>
        Add(ApplicationEventKind.IdRevealed, Today(now), now, staff, $"{staff.Name}查看了申请人的完整证件号码。", isPublic: false);

    // The clock.

    /// <summary>Day 0: the receipt, or the latest correction received.</summary>
    public DateOnly? DayZero => Events.LastOrDefault(e => e.Kind == ApplicationEventKind.Corrected)?.On ?? ReceivedOn;

    /// <summary>
    /// The clock's facts on <paramref name="today"/>. An unanswered consultation is assumed to run to the
    /// end of its answer period; an unpaid fee notice is assumed paid today (the due date moves on
    /// while it stays unpaid).
    /// </summary>
    public ClockFacts? ClockFacts(DateOnly today)
    {
        if (ReceivedOn is not { } received)
        {
            return null;
        }
        var pauses = new List<ClockPause>();
        foreach (var consultation in Events.Where(e => e.Kind == ApplicationEventKind.ConsultationSent))
        {
            var end = consultation.ResolvedOn is { } answered && answered < consultation.Until!.Value ? answered : consultation.Until!.Value;
            pauses.Add(new ClockPause(consultation.On, end, consultation.Pause ?? PauseKind.ThirdParty));
        }
        foreach (var notice in Events.Where(e => e.Kind == ApplicationEventKind.FeeNotified))
        {
            var end = notice.ResolvedOn ?? (ClosedOn ?? today);
            pauses.Add(new ClockPause(notice.On, end < notice.On ? notice.On : end, PauseKind.Fee));
        }
        return new ClockFacts(received, DayZero, pauses, ExtensionDays);
    }

    public ApplicationDeadline? Deadline(WorkingDayCalendar calendar, DateOnly today) =>
        ClockFacts(today) is { } facts ? ApplicationClock.Compute(calendar, facts) : null;

    // Helpers.

    private void Close(Outcome outcome, ApplicationEventKind kind, DateOnly on, ApplicationActor by, DateTimeOffset now, string note)
    {
        Status = ApplicationStatus.Closed;
        OutcomeCode = outcome.Code;
        ClosedOn = on;
        Add(kind, on, now, by, note, isPublic: true);
    }

    private ApplicationEvent Add(ApplicationEventKind kind, DateOnly on, DateTimeOffset now, ApplicationActor by, string? note, bool isPublic)
    {
        var e = new ApplicationEvent(kind, on, now, by.UserId, by.Name, note) { Public = isPublic };
        Events.Add(e);
        Revision++;
        return e;
    }

    private static string ReceiptNote(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.InPerson => "申请人当面提交，当日收到。",
        ApplicationChannel.Post => "以信函方式提交，以本机关签收之日为收到日。",
        ApplicationChannel.Fax => "以传真方式提交，以双方确认之日为收到日。",
        _ => "收到申请。",
    };

    private void RequireOwn(ApplicationReply reply) =>
        Require(ReferenceEquals(reply.Application, this) || (Id != 0 && reply.ApplicationId == Id), "该答复不属于这份申请。");

    private static DateOnly Today(DateTimeOffset now) => Text.ChinaTime.ChinaDate(now);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static void RequireText(string? text, string message) => Require(!string.IsNullOrWhiteSpace(text), message);

    /// <summary>A step's date lies between an earlier step's date and today.</summary>
    private static void RequireDate(DateOnly on, DateTimeOffset now, DateOnly notBefore)
    {
        Require(on <= Today(now), "日期不能晚于今天。");
        Require(on >= notBefore, $"日期不能早于 {notBefore:yyyy-MM-dd}。");
    }
}

using System.Globalization;
using Gongkai.Mail;

namespace Gongkai.Applications;

/// <summary>
/// The e-mails an applicant gets (issue 4): at receipt, correction request, extension, fee notice and
/// reply, each naming the tracking code and link. Queued in the outbox in the same save as the step.
/// </summary>
public static class ApplicantNotices
{
    private static readonly ApplicationEventKind[] Notified =
        [ApplicationEventKind.Submitted, ApplicationEventKind.Received, ApplicationEventKind.CorrectionRequested, ApplicationEventKind.Extended, ApplicationEventKind.FeeNotified, ApplicationEventKind.Replied, ApplicationEventKind.Lapsed];

    /// <summary>Queues a notice for each step not yet saved that the applicant is told of by e-mail; nothing without an address.</summary>
    public static void QueueNew(Mailbox mailbox, DisclosureApplication application, string siteRoot)
    {
        if (!Mailbox.IsValidAddress(application.Applicant.Email))
        {
            return;
        }
        foreach (var e in application.Events.Where(e => e.Id == 0 && Notified.Contains(e.Kind)))
        {
            mailbox.Enqueue(new MailDraft([application.Applicant.Email!], Subject(application, e), Text(application, e, siteRoot))
            {
                Concerning = application.Id == 0 ? null : new MailConcerning("Application", application.Id),
            });
        }
    }

    public static string Subject(DisclosureApplication a, ApplicationEvent e) => $"【{a.Body.Name}】政府信息公开申请{e.KindName}（查询码 {a.TrackingCode}）";

    public static string Text(DisclosureApplication a, ApplicationEvent e, string siteRoot)
    {
        var lines = new List<string>
        {
            $"{a.Applicant.Name}：",
            "",
            $"您向{a.Body.Name}提出的政府信息公开申请（所需信息：{a.Request.Summary}）有新的进展：{e.KindName}（{Day(e.On)}）。",
        };
        if (e.Note is { Length: > 0 } note)
        {
            lines.Add(note);
        }
        var what = e.Kind switch
        {
            ApplicationEventKind.Submitted => "网上申请以本机关确认收到之日为收到日，答复期限自该日起计算。",
            ApplicationEventKind.CorrectionRequested when e.Until is { } until => $"请于 {Day(until)} 前补正；答复期限自收到补正之日重新计算，逾期未补正的视为放弃申请。",
            ApplicationEventKind.Extended => $"答复期限延长 {e.Days} 个工作日。",
            ApplicationEventKind.FeeNotified when e.Until is { } until => $"应缴信息处理费 {e.Amount?.ToString("0.00", CultureInfo.InvariantCulture)} 元，请于 {Day(until)} 前缴纳；缴费期间不计入答复期限，逾期未缴纳的不再处理该申请。",
            ApplicationEventKind.Replied => "答复告知书可在下方链接中查看和下载。",
            _ => "",
        };
        if (what.Length > 0)
        {
            lines.Add(what);
        }
        lines.Add("");
        lines.Add($"查询码：{a.TrackingCode}");
        lines.Add($"办理进度：{siteRoot.TrimEnd('/')}{Portal.Links.Track(a.AccessToken)}");
        lines.Add("");
        lines.Add($"{a.Body.Name}　联系电话：{a.Body.Contacts.Phone}");
        lines.Add("（本邮件由系统自动发送，请勿直接回复。）");
        return string.Join('\n', lines);
    }

    private static string Day(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}

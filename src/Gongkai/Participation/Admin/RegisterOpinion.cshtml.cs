using System.Globalization;
using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Admin;

/// <summary>
/// Staff log an opinion that reached the body outside the website — a hotline call, a letter, a visit,
/// the suggestion box, the reading room, a deputy's household visit — and it follows the same handling
/// as one sent online. The tracking code is shown so the person can be told it.
/// </summary>
public sealed class RegisterOpinionModel(GongkaiDb db, AdminOpinions opinions, OpinionIntake intake, TimeProvider time) : AdminPageModel
{
    public const string Path = "/admin/opinions/register";

    /// <summary>The kinds staff register: comments and consultation comments belong to an item or consultation and come through the portal.</summary>
    public static readonly OpinionKind[] Kinds = [OpinionKind.Suggestion, OpinionKind.Complaint, OpinionKind.Report];

    public static readonly OpinionChannel[] Channels =
        [OpinionChannel.Hotline, OpinionChannel.Letter, OpinionChannel.InPerson, OpinionChannel.SuggestionBox, OpinionChannel.ReadingRoom, OpinionChannel.HouseholdVisit];

    [BindProperty] public RegistrationInput Input { get; set; } = new();

    public sealed class RegistrationInput
    {
        public string? Kind { get; set; }
        public string? Channel { get; set; }
        public string? BodyId { get; set; }
        /// <summary>For a complaint: the body complained of, whose supervising body handles it.</summary>
        public string? AgainstBodyId { get; set; }
        public string? ReceivedOn { get; set; }
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? Title { get; set; }
        public string? Text { get; set; }
        public bool WantsPublic { get; set; }
    }

    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    /// <summary>The bodies a complaint may be about: those whose supervising body (or itself, at the top) is one the person handles.</summary>
    public IReadOnlyList<Body> ComplainedOf { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        Input.ReceivedOn = time.GetUtcNow().ChinaDate().Iso();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        var today = time.GetUtcNow().ChinaDate();
        var body = Bodies.FirstOrDefault(b => b.Id.ToString(CultureInfo.InvariantCulture) == Input.BodyId);
        if (body is null)
        {
            Errors[nameof(Input.BodyId)] = "请选择办理的机关。";
        }
        if (!FormValues.TryChoice<OpinionKind>(Input.Kind, out var kind) || !Kinds.Contains(kind))
        {
            Errors[nameof(Input.Kind)] = "请选择类别：意见建议、投诉或举报。";
        }
        if (!FormValues.TryChoice<OpinionChannel>(Input.Channel, out var channel) || !Channels.Contains(channel))
        {
            Errors[nameof(Input.Channel)] = "请选择收到的渠道。";
        }
        if (!FormValues.TryDate(Input.ReceivedOn, out var received) || received > today)
        {
            Errors[nameof(Input.ReceivedOn)] = "收到日期应为今天或之前的日期（YYYY-MM-DD）。";
        }
        var subject = OpinionSubject.None;
        if (kind == OpinionKind.Complaint && !string.IsNullOrEmpty(Input.AgainstBodyId))
        {
            var against = ComplainedOf.FirstOrDefault(b => b.Id.ToString(CultureInfo.InvariantCulture) == Input.AgainstBodyId);
            if (against is null)
            {
                Errors[nameof(Input.AgainstBodyId)] = "请从列表中选择被投诉的机关。";
            }
            else if (body is not null && Opinion.ComplaintHandler(against).Id != body.Id)
            {
                Errors[nameof(Input.AgainstBodyId)] = $"对{against.Name}的投诉由{Opinion.ComplaintHandler(against).Name}办理，请将办理机关选为该机关。";
            }
            else
            {
                subject = new OpinionSubject(AgainstBodyId: against.Id);
            }
        }
        Check(nameof(Input.Name), Input.Name, 50, "姓名");
        Check(nameof(Input.Phone), Input.Phone, 30, "联系电话");
        Check(nameof(Input.Email), Input.Email, 200, "电子邮箱");
        Check(nameof(Input.Title), Input.Title, Opinion.TitleMaxLength, "标题");
        if (string.IsNullOrWhiteSpace(Input.Text))
        {
            Errors[nameof(Input.Text)] = "请填写意见内容。";
        }
        else
        {
            Check(nameof(Input.Text), Input.Text, Opinion.TextMaxLength, "意见内容");
        }
        if (Errors.Count > 0)
        {
            return Invalid();
        }
        var author = new OpinionAuthor(Clean(Input.Name), Clean(Input.Phone), Clean(Input.Email));
        Opinion opinion;
        try
        {
            opinion = await intake.ReceiveAsync(kind, channel, body!, subject, Clean(Input.Title), Input.Text!, author, Input.WantsPublic, received,
                new OpinionActor(CurrentUserId, User.Identity?.Name ?? ""), ct);
        }
        catch (InvalidOperationException e)
        {
            Errors[""] = e.Message;
            return Invalid();
        }
        db.AuditAs("登记意见", $"{opinion.TrackingCode}（{channel.Chinese()}）");
        await db.SaveChangesAsync(ct);
        Flash = $"已登记，查询码 {opinion.TrackingCode}。请将查询码告知提出人，凭查询码可查询办理情况。";
        return Redirect($"/admin/opinions/{opinion.Id}");
    }

    private void Check(string field, string? value, int max, string what)
    {
        if (value is not null && value.Trim().Length > max)
        {
            Errors[field] = $"{what}不能超过 {max} 字。";
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The bodies whose opinions the person handles; false when there are none.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        PageTitle = "登记意见";
        var handled = (await opinions.HandledBodiesAsync(ct)).ToList();
        Bodies = await db.Bodies.Where(b => handled.Contains(b.Id)).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);
        ComplainedOf = await db.Bodies.AsNoTracking().Include(b => b.Parent)
            .Where(b => (b.ParentId != null && handled.Contains(b.ParentId.Value)) || (b.ParentId == null && handled.Contains(b.Id)))
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);
        return Bodies.Count > 0;
    }
}

using System.Globalization;
using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Items;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Registers.Admin;

/// <summary>
/// The disclosure register (公开登记簿): what went up on which notice board and when, with a photo as
/// evidence; and the form to add a line for one of the body's published items.
/// </summary>
public sealed class PostingsModel(GongkaiDb db, AdminRegisters registers, IFileStore store, TimeProvider time) : AdminPageModel
{
    public const long PhotoMaxBytes = 10L * 1024 * 1024;
    private static readonly AttachmentPolicy PhotoPolicy = new(PhotoMaxBytes, [".jpg", ".jpeg", ".png"]);

    [BindProperty] public string? ItemId { get; set; }
    [BindProperty] public string? Board { get; set; }
    [BindProperty] public string? PostedOn { get; set; }
    [BindProperty] public string? TakenDownOn { get; set; }
    [BindProperty] public IFormFile? Photo { get; set; }

    public IReadOnlyList<NoticeBoardPosting> Postings { get; private set; } = [];
    /// <summary>The published items of the bodies the person keeps registers for, newest first.</summary>
    public IReadOnlyList<(int Id, string Title)> Items { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }
        PostedOn = ChinaTime.ChinaDate(time.GetUtcNow()).Iso();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }
        if (Items.Count == 0)
        {
            return Forbid();
        }
        var kept = (await registers.KeptBodiesAsync(ct)).ToList();
        var id = int.TryParse(ItemId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id && kept.Contains(i.BodyId) && i.Status == ItemStatus.Published, ct);
        if (item is null)
        {
            Errors[nameof(ItemId)] = "请选择本机关已发布的信息。";
        }
        if (!FormValues.TryDate(PostedOn, out var posted))
        {
            Errors[nameof(PostedOn)] = "请填写张贴日期。" + FormValues.DateMessage;
        }
        DateOnly? takenDown = null;
        if (TakenDownOn is { Length: > 0 })
        {
            if (!FormValues.TryDate(TakenDownOn, out var down))
            {
                Errors[nameof(TakenDownOn)] = "撤下日期格式不正确。" + FormValues.DateMessage;
            }
            takenDown = down;
        }
        FileKinds.Kind? photoKind = null;
        if (Photo is { Length: > 0 })
        {
            await using var content = Photo.OpenReadStream();
            var verdict = await PhotoPolicy.CheckAsync(AttachmentIntake.CleanName(Photo.FileName), content, ct);
            if (!verdict.Accepted)
            {
                Errors[nameof(Photo)] = verdict.Problem!;
            }
            photoKind = verdict.Kind;
        }
        if (Errors.Count > 0)
        {
            return Invalid();
        }
        try
        {
            var posting = new NoticeBoardPosting(item!, Board ?? "", posted, takenDown, User.Identity?.Name ?? "", time.GetUtcNow());
            if (photoKind is not null)
            {
                await using var content = Photo!.OpenReadStream();
                var stored = await store.SaveAsync(content, photoKind.Extension, ct);
                posting.AttachPhoto(stored.Key, photoKind.ContentType);
            }
            db.NoticeBoardPostings.Add(posting);
            db.AuditAs("登记公开栏张贴", item!.Title);
            await db.SaveChangesAsync(ct);
        }
        catch (InvalidOperationException e)
        {
            Errors[""] = e.Message;
            return Invalid();
        }
        Flash = "已登记。";
        return Redirect("/admin/registers/postings");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        PageTitle = "公开登记簿";
        var readable = (await registers.ReadableBodiesAsync(ct)).ToList();
        if (readable.Count == 0)
        {
            return Forbid();
        }
        var kept = (await registers.KeptBodiesAsync(ct)).ToList();
        Postings = await db.NoticeBoardPostings.AsNoTracking().Include(p => p.Item).Where(p => readable.Contains(p.BodyId))
            .OrderByDescending(p => p.PostedOn).ThenByDescending(p => p.Id).Take(500).ToListAsync(ct);
        Items = (await db.Items.AsNoTracking().Where(i => kept.Contains(i.BodyId) && i.Status == ItemStatus.Published)
            .OrderByDescending(i => i.PublishedAt).Select(i => new { i.Id, i.Title }).Take(300).ToListAsync(ct)).Select(i => (i.Id, i.Title)).ToList();
        return null;
    }
}

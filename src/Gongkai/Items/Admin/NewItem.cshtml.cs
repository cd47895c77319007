using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Review;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Items.Admin;

/// <summary>A drafter starts a new item in one of their bodies; it becomes a draft proposal.</summary>
public sealed class NewItemModel(GongkaiDb db, AdminItems items, TimeProvider time) : AdminPageModel
{
    [BindProperty]
    public MetadataInput Input { get; set; } = new();

    [BindProperty]
    public int BodyId { get; set; }

    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    public Body? Body { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Categories { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? body, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        Body = body is null ? (Bodies.Count == 1 ? Bodies[0] : null) : Bodies.FirstOrDefault(b => b.Slug == body);
        if (body is not null && Body is null)
        {
            return NotFound();
        }
        if (Body is not null)
        {
            BodyId = Body.Id;
            Input = new MetadataInput { IssuingBody = Body.Name, CreatedOn = Text.ChinaTime.Iso(time.GetUtcNow()) };
            Categories = await items.CategoriesAsync(Body.Id, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        Body = Bodies.FirstOrDefault(b => b.Id == BodyId);
        if (Body is null)
        {
            return NotFound();
        }
        Categories = await items.CategoriesAsync(Body.Id, ct);
        var valid = Input.TryGetMetadata(out var metadata, out var errors);
        Errors = errors;
        if (Categories.All(c => c.Id != Input.CategoryId))
        {
            Errors["CategoryId"] = "请选择本机构的目录栏目。";
        }
        if (!valid || Errors.Count > 0)
        {
            return Invalid();
        }
        var now = time.GetUtcNow();
        var category = await db.CatalogueCategories.SingleAsync(c => c.Id == Input.CategoryId, ct);
        var body = await db.Bodies.SingleAsync(b => b.Id == Body.Id, ct);
        var item = new DisclosureItem(body, category, metadata, now);
        db.Items.Add(item);
        db.Proposals.Add(Proposal.ForNewItem(item, CurrentUserId, now));
        db.AuditAs("新建信息草稿");
        await db.SaveChangesAsync(ct);
        Flash = "草稿已保存。可以继续修改、上传附件，完成后送审。";
        return Redirect($"/admin/items/{item.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        PageTitle = "新建信息";
        var drafterOf = (await Access.ReachAsync(ct)).BodiesWith(StaffRole.Drafter).ToList();
        Bodies = await db.Bodies.AsNoTracking().Where(b => drafterOf.Contains(b.Id)).OrderBy(b => b.Id).ToListAsync(ct);
        return Bodies.Count > 0;
    }
}

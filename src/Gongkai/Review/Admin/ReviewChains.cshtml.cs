using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Items.Admin;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Review.Admin;

/// <summary>A body admin sets the body's review chain, for the whole catalogue or for one category.</summary>
public sealed class ReviewChainsModel(GongkaiDb db, AdminItems items) : AdminPageModel
{
    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    public Body? Body { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Categories { get; private set; } = [];
    public IReadOnlyList<ReviewChainSetting> Settings { get; private set; } = [];
    public string? Problem { get; private set; }

    [BindProperty]
    public int? CategoryId { get; set; }

    [BindProperty]
    public List<StaffRole> Steps { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string? body, CancellationToken ct) => await LoadAsync(body, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? body, CancellationToken ct)
    {
        if (await LoadAsync(body, ct) is { } refusal)
        {
            return refusal;
        }
        if (Body is null)
        {
            return NotFound();
        }
        if (CategoryId is { } c && Categories.All(x => x.Id != c))
        {
            return NotFound();
        }
        // Steps are taken in the fixed order of the chain, whatever order the form sent them in.
        var plan = new ReviewPlan(ReviewPlan.Reviewers.Where(Steps.Contains).ToList());
        var problems = plan.Problems();
        if (problems.Count > 0)
        {
            Problem = string.Join(" ", problems);
            return Invalid();
        }
        var existing = await db.ReviewChainSettings.FirstOrDefaultAsync(s => s.BodyId == Body.Id && s.CategoryId == CategoryId, ct);
        if (existing is null)
        {
            db.ReviewChainSettings.Add(new ReviewChainSetting(Body.Id, CategoryId, plan));
        }
        else
        {
            existing.Change(plan);
        }
        db.AuditAs("设置审核流程", plan.Describe());
        await db.SaveChangesAsync(ct);
        Flash = $"已设置审核流程：{plan.Describe()}。之后送审的稿件按新流程审核。";
        return Redirect($"/admin/review-chains?body={Body.Slug}");
    }

    public async Task<IActionResult> OnPostResetAsync(string? body, int settingId, CancellationToken ct)
    {
        if (await LoadAsync(body, ct) is { } refusal)
        {
            return refusal;
        }
        var setting = Settings.FirstOrDefault(s => s.Id == settingId);
        if (Body is null || setting is null)
        {
            return NotFound();
        }
        db.ReviewChainSettings.Remove(await db.ReviewChainSettings.SingleAsync(s => s.Id == settingId, ct));
        db.AuditAs("恢复默认审核流程");
        await db.SaveChangesAsync(ct);
        Flash = "已恢复默认审核流程。";
        return Redirect($"/admin/review-chains?body={Body.Slug}");
    }

    private async Task<IActionResult?> LoadAsync(string? slug, CancellationToken ct)
    {
        PageTitle = "审核流程设置";
        var reach = await Access.ReachAsync(ct);
        var administered = reach.BodiesWith(StaffRole.BodyAdmin).ToList();
        if (administered.Count == 0)
        {
            return Forbid();
        }
        Bodies = await db.Bodies.AsNoTracking().Where(b => administered.Contains(b.Id)).OrderBy(b => b.Id).ToListAsync(ct);
        Body = slug is null ? (Bodies.Count == 1 ? Bodies[0] : null) : Bodies.FirstOrDefault(b => b.Slug == slug);
        if (slug is not null && Body is null)
        {
            return NotFound();
        }
        if (Body is not null)
        {
            Categories = await items.CategoriesAsync(Body.Id, ct);
            Settings = await db.ReviewChainSettings.AsNoTracking().Where(s => s.BodyId == Body.Id).ToListAsync(ct);
        }
        return null;
    }
}

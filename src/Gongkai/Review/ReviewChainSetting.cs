using Gongkai.Catalogue;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Review;

/// <summary>
/// A body's own review chain, for its whole catalogue (no category) or for one category.
/// Without one, <see cref="ReviewPlan.Default"/> applies.
/// </summary>
public class ReviewChainSetting
{
    private ReviewChainSetting() { }

    public ReviewChainSetting(int bodyId, int? categoryId, ReviewPlan plan)
    {
        BodyId = bodyId;
        CategoryId = categoryId;
        Change(plan);
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public int? CategoryId { get; private set; }
    public string Steps { get; private set; } = "";

    public ReviewPlan Plan => ReviewPlan.Parse(Steps);

    public void Change(ReviewPlan plan)
    {
        var problems = plan.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }
        Steps = plan.Text;
    }

    /// <summary>The plan for an item of this category: the category's own chain, else the body's, else the default.</summary>
    public static async Task<ReviewPlan> ForAsync(GongkaiDb db, CatalogueCategory category, CancellationToken ct)
    {
        var settings = await db.ReviewChainSettings.AsNoTracking().Where(s => s.BodyId == category.BodyId && (s.CategoryId == null || s.CategoryId == category.Id)).ToListAsync(ct);
        var chosen = settings.FirstOrDefault(s => s.CategoryId == category.Id) ?? settings.FirstOrDefault(s => s.CategoryId == null);
        return chosen?.Plan ?? ReviewPlan.Default(category.IsFinancial);
    }

    /// <summary>The plan for what belongs to the whole body, such as its disclosure guide: the body's chain, else the non-financial default.</summary>
    public static async Task<ReviewPlan> ForBodyAsync(GongkaiDb db, int bodyId, CancellationToken ct)
    {
        var setting = await db.ReviewChainSettings.AsNoTracking().FirstOrDefaultAsync(s => s.BodyId == bodyId && s.CategoryId == null, ct);
        return setting?.Plan ?? ReviewPlan.Default(financial: false);
    }
}

internal sealed class ReviewChainSettingConfiguration : IEntityTypeConfiguration<ReviewChainSetting>
{
    public const string UniqueIndex = "ix_review_chain_settings_body_category";

    public void Configure(EntityTypeBuilder<ReviewChainSetting> b)
    {
        b.ToTable("review_chain_settings");
        b.Property(x => x.Steps).HasMaxLength(200);
        b.Ignore(x => x.Plan);
        b.HasIndex(x => new { x.BodyId, x.CategoryId }).IsUnique().HasDatabaseName(UniqueIndex);
        b.HasOne<Bodies.Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CatalogueCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

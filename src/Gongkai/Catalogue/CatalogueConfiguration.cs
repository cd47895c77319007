using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Catalogue;

internal sealed class CatalogueTemplateConfiguration : IEntityTypeConfiguration<CatalogueTemplate>
{
    public const string CodeIndex = "ix_catalogue_templates_code";

    public void Configure(EntityTypeBuilder<CatalogueTemplate> b)
    {
        b.ToTable("catalogue_templates");
        b.Property(x => x.Code).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.HasIndex(x => x.Code).IsUnique().HasDatabaseName(CodeIndex);
        b.HasMany(x => x.Rows).WithOne().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CatalogueTemplateRowConfiguration : IEntityTypeConfiguration<CatalogueTemplateRow>
{
    public void Configure(EntityTypeBuilder<CatalogueTemplateRow> b)
    {
        b.ToTable("catalogue_template_rows");
        b.Property(x => x.Item).HasMaxLength(128);
        b.Property(x => x.SubItem).HasMaxLength(128);
        b.Property(x => x.Elements).HasMaxLength(2000);
        b.Property(x => x.LegalBasis).HasMaxLength(1000);
        b.Property(x => x.TimeLimit).HasMaxLength(256);
        b.Property(x => x.Publisher).HasMaxLength(256);
        b.Property(x => x.Channels).HasMaxLength(512);
        b.Property(x => x.AudienceGroup).HasMaxLength(128);
        b.Property(x => x.Level).HasMaxLength(32);
    }
}

internal sealed class CatalogueCategoryConfiguration : IEntityTypeConfiguration<CatalogueCategory>
{
    public const string BodyParentIndex = "ix_catalogue_categories_body_parent";

    public void Configure(EntityTypeBuilder<CatalogueCategory> b)
    {
        b.ToTable("catalogue_categories");
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => new { x.BodyId, x.ParentId }).HasDatabaseName(BodyParentIndex);
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.TemplateRow).WithMany().HasForeignKey(x => x.TemplateRowId).OnDelete(DeleteBehavior.SetNull);
    }
}

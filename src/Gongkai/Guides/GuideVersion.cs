using Gongkai.Bodies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Guides;

/// <summary>
/// One version of a body's disclosure guide (政府信息公开指南, Art. 12). Versions are never
/// changed once published; a new text is a new version.
/// </summary>
public class GuideVersion
{
    private GuideVersion() { }

    public GuideVersion(Body body, int number, string contentHtml, DateTimeOffset publishedAt, string? changeNote = null)
    {
        Body = body;
        Number = number;
        ContentHtml = contentHtml;
        PublishedAt = publishedAt;
        ChangeNote = changeNote;
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public Body Body { get; private set; } = null!;
    public int Number { get; private set; }
    /// <summary>Sanitised HTML.</summary>
    public string ContentHtml { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }
    public string? ChangeNote { get; private set; }
}

internal sealed class GuideVersionConfiguration : IEntityTypeConfiguration<GuideVersion>
{
    public const string BodyNumberIndex = "ix_guide_versions_body_number";

    public void Configure(EntityTypeBuilder<GuideVersion> b)
    {
        b.ToTable("guide_versions");
        b.Property(x => x.ContentHtml).HasMaxLength(200_000);
        b.Property(x => x.ChangeNote).HasMaxLength(500);
        b.HasIndex(x => new { x.BodyId, x.Number }).IsUnique().HasDatabaseName(BodyNumberIndex);
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Gongkai.Bodies;
using Gongkai.Guides;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Review;

/// <summary>
/// Item and guide proposals share one table (table-per-hierarchy): their review progress,
/// decisions and privacy resolutions are the same; <c>Target</c> says which kind a row is.
/// </summary>
internal sealed class ReviewableProposalConfiguration : IEntityTypeConfiguration<ReviewableProposal>
{
    public const string BodyStatusIndex = "ix_proposals_body_status";
    public const string DueIndex = "ix_proposals_status_publish_at";
    public const string Discriminator = "Target";

    public void Configure(EntityTypeBuilder<ReviewableProposal> b)
    {
        b.ToTable("proposals");
        b.HasDiscriminator<string>(Discriminator).HasValue<Proposal>("Item").HasValue<GuideProposal>("Guide");
        b.Property<string>(Discriminator).HasMaxLength(16);
        b.Property(x => x.EditorIds).HasMaxLength(500);
        b.Property(x => x.Plan).HasMaxLength(200);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.ReviewPlan);
        b.Ignore(x => x.CurrentRole);
        b.Ignore(x => x.Editors);
        b.HasIndex(x => new { x.BodyId, x.Status }).HasDatabaseName(BodyStatusIndex);
        b.HasIndex(x => new { x.Status, x.PublishAt }).HasDatabaseName(DueIndex);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.PrivacyResolutions).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public const string ItemStatusIndex = "ix_proposals_item_status";

    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.Property(x => x.MetadataJson).HasMaxLength(2_000_000);
        // Shared with a guide proposal's change note (TPH): both say what changed.
        b.Property(x => x.Note).HasMaxLength(500).HasColumnName("Note");
        b.Ignore(x => x.Metadata);
        b.HasIndex(x => new { x.ItemId, x.Status }).HasDatabaseName(ItemStatusIndex);
        b.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> b)
    {
        b.ToTable("review_decisions");
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Opinion).HasMaxLength(2000);
    }
}

internal sealed class PrivacyResolutionConfiguration : IEntityTypeConfiguration<PrivacyResolution>
{
    public void Configure(EntityTypeBuilder<PrivacyResolution> b)
    {
        b.ToTable("privacy_resolutions");
        b.Property(x => x.Field).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(100);
        b.Property(x => x.Justification).HasMaxLength(2000);
        b.Ignore(x => x.Masked);
    }
}

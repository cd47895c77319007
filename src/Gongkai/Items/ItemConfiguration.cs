using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Items;

internal sealed class DisclosureItemConfiguration : IEntityTypeConfiguration<DisclosureItem>
{
    public const string IndexNumberIndex = "ix_items_body_index_number";
    public const string SerialIndex = "ix_items_body_year_serial";
    public const string ListingIndex = "ix_items_body_category_status";
    public const string LatestIndex = "ix_items_status_published_at";

    public void Configure(EntityTypeBuilder<DisclosureItem> b)
    {
        b.ToTable("items");
        b.Property(x => x.IndexNumber).HasMaxLength(64);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.SubjectClass).HasMaxLength(64);
        b.Property(x => x.Genre).HasMaxLength(32);
        b.Property(x => x.DocumentNumber).HasMaxLength(DocumentNumber.MaxLength);
        b.Property(x => x.IssuingBody).HasMaxLength(128);
        b.Property(x => x.Keywords).HasMaxLength(256);
        b.Property(x => x.AudienceGroup).HasMaxLength(128);
        b.Property(x => x.BodyHtml).HasMaxLength(1_000_000);
        b.Property(x => x.WithdrawalExplanation).HasMaxLength(1000);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.Metadata);
        b.Ignore(x => x.CurrentVersionNumber);
        b.Ignore(x => x.ListedAttachments);
        b.Ignore(x => x.ProposedAttachments);

        b.HasIndex(x => new { x.BodyId, x.IndexNumber }).IsUnique().HasDatabaseName(IndexNumberIndex);
        b.HasIndex(x => new { x.BodyId, x.IndexYear, x.IndexSerial }).IsUnique().HasDatabaseName(SerialIndex);
        b.HasIndex(x => new { x.BodyId, x.CategoryId, x.Status }).HasDatabaseName(ListingIndex);
        b.HasIndex(x => new { x.Status, x.PublishedAt }).HasDatabaseName(LatestIndex);

        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Channels, c =>
        {
            c.ToTable("item_channels");
            c.WithOwner().HasForeignKey("ItemId");
            c.Property<int>("Id");
            c.HasKey("Id");
        });
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ItemVersionConfiguration : IEntityTypeConfiguration<ItemVersion>
{
    public const string ItemNumberIndex = "ix_item_versions_item_number";

    public void Configure(EntityTypeBuilder<ItemVersion> b)
    {
        b.ToTable("item_versions");
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.SnapshotJson).HasMaxLength(2_000_000);
        b.Ignore(x => x.Snapshot);
        b.HasIndex(x => new { x.ItemId, x.Number }).IsUnique().HasDatabaseName(ItemNumberIndex);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("attachments");
        b.Property(x => x.FileName).HasMaxLength(Attachment.FileNameMaxLength);
        b.Property(x => x.ContentType).HasMaxLength(128);
        b.Property(x => x.StorageKey).HasMaxLength(256);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Ignore(x => x.KindName);
        b.Ignore(x => x.ListedAfterProposal);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Participation.Registers;

internal sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> b)
    {
        b.ToTable("register_entries");
        b.Property(x => x.Person).HasMaxLength(RegisterEntry.PersonMaxLength);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Matter).HasMaxLength(RegisterEntry.TextMaxLength);
        b.Property(x => x.Handling).HasMaxLength(RegisterEntry.TextMaxLength);
        b.Property(x => x.RecordedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.BodyId, x.Kind, x.On }).HasDatabaseName("ix_register_entries_body_kind_on");
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Opinions).WithOne().HasForeignKey(x => x.RegisterEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegisterOpinionConfiguration : IEntityTypeConfiguration<RegisterOpinion>
{
    public void Configure(EntityTypeBuilder<RegisterOpinion> b)
    {
        b.ToTable("register_opinions");
        b.HasOne(x => x.Opinion).WithMany().HasForeignKey(x => x.OpinionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NoticeBoardPostingConfiguration : IEntityTypeConfiguration<NoticeBoardPosting>
{
    public void Configure(EntityTypeBuilder<NoticeBoardPosting> b)
    {
        b.ToTable("notice_board_postings");
        b.Property(x => x.Board).HasMaxLength(NoticeBoardPosting.BoardMaxLength);
        b.Property(x => x.PhotoKey).HasMaxLength(256);
        b.Property(x => x.PhotoContentType).HasMaxLength(64);
        b.Property(x => x.RecordedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.BodyId, x.PostedOn }).HasDatabaseName("ix_notice_board_postings_body_posted");
        b.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Bodies.Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

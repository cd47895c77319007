using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Applications.Replies;

internal sealed class ApplicationReplyConfiguration : IEntityTypeConfiguration<ApplicationReply>
{
    public void Configure(EntityTypeBuilder<ApplicationReply> b)
    {
        b.ToTable("application_replies");
        b.HasKey(x => x.ApplicationId);
        b.HasOne(x => x.Application).WithOne().HasForeignKey<ApplicationReply>(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.OutcomeCode).HasMaxLength(8);
        b.Property(x => x.LegalBasis).HasMaxLength(ApplicationReply.BasisMaxLength);
        b.Property(x => x.Reason).HasMaxLength(ApplicationReply.ReasonMaxLength);
        b.Property(x => x.OtherBody).HasMaxLength(ApplicationReply.OtherBodyMaxLength);
        b.Property(x => x.LetterHtml).HasMaxLength(ApplicationReply.LetterMaxLength);
        b.Property(x => x.DraftedByName).HasMaxLength(64);
        b.Property(x => x.ApprovedByName).HasMaxLength(64);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasOne(x => x.ProactiveItem).WithMany().HasForeignKey(x => x.ProactiveItemId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.ProactiveItemId).HasDatabaseName("ix_application_replies_proactive_item");
        b.Ignore(x => x.Outcome);
        b.Ignore(x => x.IsEditable);
        b.HasMany(x => x.WithheldParts).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Files).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.PrivacyNotes).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.WithheldParts).AutoInclude();
        b.Navigation(x => x.Files).AutoInclude();
        b.Navigation(x => x.PrivacyNotes).AutoInclude();
    }
}

internal sealed class WithheldPartConfiguration : IEntityTypeConfiguration<WithheldPart>
{
    public void Configure(EntityTypeBuilder<WithheldPart> b)
    {
        b.ToTable("application_reply_withheld_parts");
        b.Property(x => x.Description).HasMaxLength(ApplicationReply.PartDescriptionMaxLength);
        b.Property(x => x.GroundCode).HasMaxLength(8);
        b.Property(x => x.Reason).HasMaxLength(ApplicationReply.PartReasonMaxLength);
        b.Ignore(x => x.Ground);
    }
}

internal sealed class ReplyFileConfiguration : IEntityTypeConfiguration<ReplyFile>
{
    public void Configure(EntityTypeBuilder<ReplyFile> b)
    {
        b.ToTable("application_reply_files");
        b.Property(x => x.FileName).HasMaxLength(Items.Attachment.FileNameMaxLength);
        b.Property(x => x.ContentType).HasMaxLength(128);
        b.Property(x => x.StorageKey).HasMaxLength(256);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Ignore(x => x.KindName);
    }
}

internal sealed class ReplyPrivacyNoteConfiguration : IEntityTypeConfiguration<ReplyPrivacyNote>
{
    public void Configure(EntityTypeBuilder<ReplyPrivacyNote> b)
    {
        b.ToTable("application_reply_privacy_notes");
        b.Property(x => x.Field).HasMaxLength(Items.Attachment.FileNameMaxLength + 10);
        b.Property(x => x.Text).HasMaxLength(100);
        b.Property(x => x.Justification).HasMaxLength(2000);
        b.Property(x => x.UserName).HasMaxLength(64);
    }
}

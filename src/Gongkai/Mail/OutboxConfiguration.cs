using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Mail;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const string DueIndex = "ix_outbox_messages_status_next_attempt_at";
    public const string ConcerningIndex = "ix_outbox_messages_concerning";
    public const int ToLength = 1000;
    public const int SubjectLength = 500;
    public const int BodyLength = 200_000;
    public const int ErrorLength = 2000;

    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.Property(x => x.To).HasMaxLength(ToLength);
        b.Property(x => x.Subject).HasMaxLength(SubjectLength);
        b.Property(x => x.TextBody).HasMaxLength(BodyLength);
        b.Property(x => x.HtmlBody).HasMaxLength(BodyLength);
        b.Property(x => x.ConcerningType).HasMaxLength(64);
        b.Property(x => x.LastError).HasMaxLength(ErrorLength);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.Recipients);
        b.HasIndex(x => new { x.Status, x.NextAttemptAt }).HasDatabaseName(DueIndex);
        b.HasIndex(x => new { x.ConcerningType, x.ConcerningId }).HasDatabaseName(ConcerningIndex);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> b)
    {
        b.ToTable("outbox_attachments");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.FileKey).HasMaxLength(200);
    }
}

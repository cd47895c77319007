using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Participation;

internal sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> b)
    {
        b.ToTable("opinions");
        b.Property(x => x.Title).HasMaxLength(Opinion.TitleMaxLength);
        b.Property(x => x.Text).HasMaxLength(Opinion.TextMaxLength);
        b.Property(x => x.TrackingCode).HasMaxLength(14);
        b.Property(x => x.AccessToken).HasMaxLength(32);
        b.Property(x => x.HiddenReason).HasMaxLength(Opinion.ReasonMaxLength);
        b.Property(x => x.HandlerName).HasMaxLength(64);
        b.Property(x => x.Answer).HasMaxLength(Opinion.AnswerMaxLength);
        b.Property(x => x.VerificationNote).HasMaxLength(Opinion.AnswerMaxLength);
        b.Property(x => x.RectificationSummary).HasMaxLength(Opinion.AnswerMaxLength);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => x.TrackingCode).IsUnique().HasDatabaseName("ix_opinions_tracking_code");
        b.HasIndex(x => x.AccessToken).IsUnique().HasDatabaseName("ix_opinions_access_token");
        b.HasIndex(x => new { x.BodyId, x.Status }).HasDatabaseName("ix_opinions_body_status");
        b.HasIndex(x => x.ItemId).HasDatabaseName("ix_opinions_item");
        b.HasIndex(x => x.ConsultationId).HasDatabaseName("ix_opinions_consultation");
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Bodies.Body>().WithMany().HasForeignKey(x => x.AgainstBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Items.DisclosureItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Opinion>().WithMany().HasForeignKey(x => x.FollowsOpinionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Consultations.Consultation>().WithMany().HasForeignKey(x => x.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.Author, a =>
        {
            a.Property(p => p.Name).HasColumnName("AuthorName").HasMaxLength(50);
            a.Property(p => p.Phone).HasColumnName("AuthorPhone").HasMaxLength(30);
            a.Property(p => p.Email).HasColumnName("AuthorEmail").HasMaxLength(200);
            a.Ignore(p => p.IsAnonymous);
            a.Ignore(p => p.PublicName);
        });
        b.Navigation(x => x.Author).IsRequired();
        b.Ignore(x => x.IsAnswered);
        b.Ignore(x => x.TextIsPublic);
        b.Ignore(x => x.AnswerIsPublic);
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(x => x.OpinionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Tasks).AutoInclude();
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.OpinionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).AutoInclude();
    }
}

internal sealed class RectificationTaskConfiguration : IEntityTypeConfiguration<RectificationTask>
{
    public void Configure(EntityTypeBuilder<RectificationTask> b)
    {
        b.ToTable("rectification_tasks");
        b.Property(x => x.Description).HasMaxLength(RectificationTask.DescriptionMaxLength);
        b.Property(x => x.Owner).HasMaxLength(100);
        b.Property(x => x.Evidence).HasMaxLength(RectificationTask.EvidenceMaxLength);
        b.Ignore(x => x.IsDone);
    }
}

internal sealed class OpinionEventConfiguration : IEntityTypeConfiguration<OpinionEvent>
{
    public void Configure(EntityTypeBuilder<OpinionEvent> b)
    {
        b.ToTable("opinion_events");
        b.Property(x => x.Actor).HasMaxLength(64);
        b.Property(x => x.Note).HasMaxLength(Opinion.AnswerMaxLength);
        b.Ignore(x => x.KindName);
    }
}

internal sealed class ParticipationSettingConfiguration : IEntityTypeConfiguration<ParticipationSetting>
{
    public void Configure(EntityTypeBuilder<ParticipationSetting> b)
    {
        b.ToTable("participation_settings");
        b.HasKey(x => x.BodyId);
        b.HasOne<Bodies.Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

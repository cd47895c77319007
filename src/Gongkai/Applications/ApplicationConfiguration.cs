using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Applications;

internal sealed class DisclosureApplicationConfiguration : IEntityTypeConfiguration<DisclosureApplication>
{
    public void Configure(EntityTypeBuilder<DisclosureApplication> b)
    {
        b.ToTable("applications");
        b.Property(x => x.TrackingCode).HasMaxLength(14);
        b.Property(x => x.AccessToken).HasMaxLength(32);
        b.Property(x => x.HandlerName).HasMaxLength(64);
        b.Property(x => x.OutcomeCode).HasMaxLength(8);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => x.TrackingCode).IsUnique().HasDatabaseName("ix_applications_tracking_code");
        b.HasIndex(x => x.AccessToken).IsUnique().HasDatabaseName("ix_applications_access_token");
        b.Property(x => x.SubmissionKey).HasMaxLength(40);
        b.HasIndex(x => x.SubmissionKey).IsUnique().HasDatabaseName("ix_applications_submission_key");
        b.HasIndex(x => new { x.BodyId, x.Status }).HasDatabaseName("ix_applications_body_status");
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Outcome);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.CorrectionRequest);
        b.Ignore(x => x.ExtensionDays);
        b.Ignore(x => x.OpenConsultations);
        b.Ignore(x => x.OpenFeeNotice);
        b.Ignore(x => x.DayZero);
        b.OwnsOne(x => x.Applicant, a =>
        {
            a.Property(p => p.Name).HasColumnName("ApplicantName").HasMaxLength(100);
            a.Property(p => p.Type).HasColumnName("ApplicantType");
            a.Property(p => p.ContactPerson).HasColumnName("ApplicantContactPerson").HasMaxLength(50);
            a.Property(p => p.IdType).HasColumnName("ApplicantIdType");
            a.Property(p => p.IdNumberProtected).HasColumnName("ApplicantIdProtected").HasMaxLength(1000);
            a.Property(p => p.IdNumberMasked).HasColumnName("ApplicantIdMasked").HasMaxLength(40);
            a.Property(p => p.IdMatchKey).HasColumnName("ApplicantIdMatchKey").HasMaxLength(64);
            a.Property(p => p.Phone).HasColumnName("ApplicantPhone").HasMaxLength(30);
            a.Property(p => p.Email).HasColumnName("ApplicantEmail").HasMaxLength(200);
            a.Property(p => p.Address).HasColumnName("ApplicantAddress").HasMaxLength(200);
            a.Property(p => p.PostCode).HasColumnName("ApplicantPostCode").HasMaxLength(6);
            a.HasIndex(p => p.IdMatchKey).HasDatabaseName("ix_applications_applicant_match");
        });
        b.Navigation(x => x.Applicant).IsRequired();
        b.OwnsOne(x => x.Request, r =>
        {
            r.Property(p => p.Title).HasColumnName("RequestTitle").HasMaxLength(200);
            r.Property(p => p.DocumentNumber).HasColumnName("RequestDocumentNumber").HasMaxLength(100);
            r.Property(p => p.Description).HasColumnName("RequestDescription").HasMaxLength(2000);
            r.Property(p => p.Form).HasColumnName("RequestForm");
            r.Property(p => p.Delivery).HasColumnName("RequestDelivery");
            r.Ignore(p => p.Summary);
        });
        b.Navigation(x => x.Request).IsRequired();
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).AutoInclude();
        b.HasMany(x => x.Files).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Files).AutoInclude();
    }
}

internal sealed class ApplicantFileConfiguration : IEntityTypeConfiguration<ApplicantFile>
{
    public void Configure(EntityTypeBuilder<ApplicantFile> b)
    {
        b.ToTable("applicant_files");
        b.Property(x => x.FileName).HasMaxLength(Items.Attachment.FileNameMaxLength);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StorageKey).HasMaxLength(256);
        b.Property(x => x.Sha256).HasMaxLength(64);
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> b)
    {
        b.ToTable("application_events");
        b.Property(x => x.Actor).HasMaxLength(64);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.Property(x => x.Party).HasMaxLength(200);
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.Ignore(x => x.KindName);
    }
}

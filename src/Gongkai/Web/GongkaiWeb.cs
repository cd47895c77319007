using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gongkai.Api;
using Gongkai.Applications.Admin;
using Gongkai.Applications.Replies;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Items;
using Gongkai.Mail;
using Gongkai.Participation.Registers.Admin;
using Gongkai.Portal;
using Gongkai.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.WebEncoders;

namespace Gongkai.Web;

/// <summary>Builds the one web application: public portal, JSON API, feeds and background start-up work.</summary>
public static class GongkaiWeb
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Serve wwwroot (and its precompressed copies) from the build output when the app runs
        // unpublished in any environment, as after `dotnet run`; a no-op once published.
        builder.WebHost.UseStaticWebAssets();
        AddServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var data = DataSettings.From(configuration);
        services.AddSingleton(data);
        services.AddSingleton(TimeProvider.System);
        services.AddGongkaiData(data);
        services.AddSingleton<IIndexNumberFormat, DefaultIndexNumberFormat>();
        services.AddScoped(sp => sp.GetRequiredService<Data.GongkaiDb>().SearchIndex);
        services.AddScoped<IndexNumberAllocator>();
        services.AddScoped<Search.Public.SiteSearch>();
        services.AddSingleton<IFileStore>(new LocalFileStore(Path.Combine(data.DataDirectory, "files")));
        var maxBytes = configuration.GetValue("Gongkai:MaxAttachmentBytes", AttachmentPolicy.DefaultMaxBytes);
        services.AddSingleton(new AttachmentPolicy(maxBytes));
        services.AddScoped<AttachmentIntake>();
        services.AddScoped<Applications.ApplicantUploads>();
        services.AddSingleton(Participation.AnswerTimeLimits.From(configuration));
        services.AddScoped<Participation.OpinionIntake>();
        services.AddScoped<Participation.Public.OpinionPosting>();
        services.AddScoped<Participation.Consultations.Admin.AdminConsultations>();
        services.AddScoped<Participation.Registers.Admin.AdminRegisters>();
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxBytes + 1024 * 1024);
        var portal = PortalSettings.From(configuration, data);
        services.AddSingleton(portal);
        services.AddSingleton(StaffSettings.From(configuration, portal.DemoMode));
        services.AddHttpContextAccessor();
        services.AddScoped<Audit.AuditActor>();
        services.AddStaffAccounts();
        services.AddScoped<Calendar.CalendarSource>();
        services.AddScoped<Review.ProposalPublisher>();
        services.AddScoped<Items.Admin.AdminItems>();
        services.AddScoped<Guides.Admin.AdminGuides>();
        services.AddScoped<BackOffice.MissedPeriods>();
        services.AddMail(configuration, data);
        if (configuration.GetValue("Gongkai:BackgroundJobs", true))
        {
            services.AddHostedService<Review.ScheduledPublishing>();
            services.AddHostedService<Applications.ApplicationReminderJob>();
            services.AddHostedService<Mail.MailDispatch>();
        }
        services.AddHostedService<DatabaseInitialiser>();
        services.AddScoped<Demo.DemoSeeder>();
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(data.DataDirectory, "keys"))).SetApplicationName("Gongkai");
        services.AddSingleton<Applications.ApplicantIdentity>();
        services.AddScoped<Applications.Admin.AdminApplications>();
        services.AddScoped<Applications.ApplicationReminders>();
        services.AddScoped<Applications.Admin.ApplicantHistory>();
        services.AddScoped<Participation.Admin.AdminOpinions>();
        services.AddScoped<Participation.Admin.OpinionDashboard>();
        services.AddSingleton(Applications.PublicRateLimits.From(configuration));

        // Razor writes Chinese as characters, not &#x…; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            // The platform's own application form, where the applicant picks the body.
            o.Conventions.AddPageRoute("/Applications/Apply", "apply");
            // Complaints and reports where the person picks the body.
            o.Conventions.AddPageRoute("/Participation/Public/Complain", "complaints");
            o.Conventions.AddPageRoute("/Participation/Consultations/Admin/EditConsultation", "admin/consultations/{id:int}/edit");
            // The search within one body: the same page as the platform-wide /search.
            o.Conventions.AddPageRoute("/Search/Public/SearchPage", "bodies/{slug}/search");
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Gongkai 公开 — 政府信息公开只读接口";
            doc.Info.Version = "v1";
            return Task.CompletedTask;
        }));
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
    }

    public static void UsePipeline(WebApplication app)
    {
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'self'";
            await next();
        });
        app.MapStaticAssets().AllowAnonymous();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi().AllowAnonymous();
        app.MapPublicApi();
        app.MapCalendarApi();
        app.MapFeeds();
        app.MapPreferences();
        app.MapAttachmentDownloads();
        app.MapReplyDownloads();
        app.MapApplicantFileDownload();
        app.MapPostingPhoto();
        app.MapRazorPages();
        // Unknown addresses are a plain 404 for everyone, not a sign-in prompt (the fallback policy would ask for one).
        app.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
    }
}

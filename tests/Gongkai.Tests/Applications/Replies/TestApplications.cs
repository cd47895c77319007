using System.Text;
using Gongkai.Applications;
using Gongkai.Applications.Replies;
using Gongkai.Bodies;
using Gongkai.Files;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Applications.Replies;

/// <summary>Applications and replies in the test's own database, built through the entities' own steps.</summary>
public static class TestApplications
{
    private static readonly ApplicationActor Staff = new(null, "测试人员");

    /// <summary>An application handed in today, in progress.</summary>
    public static Task<DisclosureApplication> CreateApplicationAsync(this GongkaiApp app, Body body, string title = "2025年残疾人两项补贴发放名单", string applicant = "王小明") =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = DateTimeOffset.UtcNow;
            var application = DisclosureApplication.Register(await db.Bodies.SingleAsync(b => b.Id == body.Id),
                new Applicant(ApplicantType.NaturalPerson, applicant, null, IdDocumentType.ResidentIdCard, new ProtectedId("x", "110105********002X", TestData.Unique("k")), "13912345678", "wang@example.com", null, null),
                new RequestedInformation(title, null, null, InformationForm.Electronic, DeliveryMethod.Email),
                ApplicationChannel.InPerson, global::Gongkai.Text.ChinaTime.ChinaDate(now), TrackingCode.New(), Guid.NewGuid().ToString("N"), Staff, now);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });

    /// <summary>An application with a reply disclosing one text file: submitted, and approved unless <paramref name="approve"/> is false.</summary>
    public static async Task<(DisclosureApplication Application, ApplicationReply Reply)> CreateRepliedAsync(this GongkaiApp app, Body body, string letterText, string fileName, string fileText, bool approve = true)
    {
        var created = await app.CreateApplicationAsync(body);
        return await app.WithDbAsync(async (db, services) =>
        {
            var now = DateTimeOffset.UtcNow;
            var application = await db.Applications.Include(a => a.Body).SingleAsync(a => a.Id == created.Id);
            var stored = await services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(fileText)), ".txt");
            var reply = new ApplicationReply(application, TestReplies.Draft("1") with { LetterHtml = $"<p>王小明：</p><p>{letterText}</p>" }, Staff, now);
            reply.AddFile(new ReplyFile(fileName, "text/plain; charset=utf-8", stored.Length, stored.Key, stored.Sha256, now), now);
            db.ApplicationReplies.Add(reply);
            application.DraftReply(reply, Staff, now);
            if (approve)
            {
                application.ApproveReply(reply, 0, Staff, isOfficeHead: true, now);
            }
            await db.SaveChangesAsync();
            return (application, reply);
        });
    }
}

using System.Globalization;
using System.Net;
using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Applications;

/// <summary>Files the applicant hands in (ID copy, authorisation letter) and the correction sent through the tracking link.</summary>
public abstract class ApplicantFileTests(GongkaiApp app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Pdf = "%PDF-1.4\n%补正材料\n"u8.ToArray();

    private static string Today => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(int daysFromToday) =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(HttpStatusCode Status, string Html, string? Location)> ApplyAsync(Body body, params (string Field, string FileName, byte[] Content)[] files)
    {
        var url = $"/bodies/{body.Slug}/apply";
        return await app.Browser().SubmitWithFilesAsync(url, PublicApplicationTests.Form(Guid.NewGuid().ToString("N")), files, tokenFrom: url);
    }

    private Task<DisclosureApplication> ApplicationAsync(int bodyId) =>
        app.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.BodyId == bodyId));

    [DbFact]
    public async Task An_id_copy_sent_with_the_application_reaches_the_handler_and_no_one_else()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();

        var (status, html, location) = await ApplyAsync(body, ("IdCopy", "身份证.png", Png), ("Authorisation", "委托书.pdf", Pdf));

        Assert.True(status == HttpStatusCode.Redirect, html);
        var application = await ApplicationAsync(body.Id);
        Assert.Equal([(ApplicantFilePurpose.IdCopy, "身份证.png", "image/png"), (ApplicantFilePurpose.Authorisation, "委托书.pdf", "application/pdf")],
            application.Files.OrderBy(f => f.Purpose).Select(f => (f.Purpose, f.FileName, f.ContentType)));
        var tracking = await app.Browser().GetOkAsync(location!);
        Assert.Contains("身份证明复印件：身份证.png", tracking);
        Assert.DoesNotContain("/files/", tracking);

        var idCopy = application.Files.Single(f => f.Purpose == ApplicantFilePurpose.IdCopy);
        var download = $"/admin/applications/{application.Id}/files/{idCopy.Id}";
        var (_, handler) = await app.SignedInAsync((StaffRole.ApplicationHandler, body));
        Assert.Contains($"href=\"{download}\"", await handler.GetOkAsync($"/admin/applications/{application.Id}"));
        using (var response = await handler.GetAsync(download))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
            Assert.True(response.Headers.CacheControl?.NoStore);
        }

        var (other, _) = await app.CreateBodyAsync();
        var (_, outsider) = await app.SignedInAsync((StaffRole.ApplicationHandler, other));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync(download)).Status);
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        Assert.Equal(HttpStatusCode.NotFound, (await drafter.FetchAsync(download)).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await app.Browser().FetchAsync(download)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.FetchAsync($"/admin/applications/{application.Id}/files/{idCopy.Id + 1000}")).Status);
    }

    [DbTheory]
    [InlineData("身份证.png", "not a picture", "内容与 PNG 图片 格式不符")]
    [InlineData("身份证.docx", "PK\u0003\u0004", "不支持“.docx”类型的文件")]
    [InlineData("身份证.exe", "MZ", "不支持“.exe”类型的文件")]
    public async Task A_refused_file_is_400_with_the_reason_the_form_kept_and_nothing_saved(string fileName, string content, string message)
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();

        var (status, html, _) = await ApplyAsync(body, ("IdCopy", fileName, System.Text.Encoding.UTF8.GetBytes(content)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("id=\"Input_IdCopy_error\"", html);
        Assert.Contains("value=\"王小明\"", html);
        Assert.Contains("如已选择文件，请重新选择", html);
        Assert.False(await app.WithDbAsync((db, _) => db.Applications.AnyAsync(a => a.BodyId == body.Id)));
    }

    private async Task<(Body Body, HttpClient Handler, int Id, string Track)> AwaitingCorrectionAsync(string on, string until)
    {
        var (body, _) = await app.CreateBodyAsync();
        var (_, handler) = await app.SignedInAsync((StaffRole.ApplicationHandler, body));
        var registration = new Dictionary<string, string>(PublicApplicationTests.Form(Guid.NewGuid().ToString("N")))
        {
            ["BodyId"] = body.Id.ToString(CultureInfo.InvariantCulture),
            ["Channel"] = "InPerson",
            ["ReceivedOn"] = on,
        };
        var (status, html, location) = await handler.SubmitAsync("/admin/applications/register", registration, tokenFrom: "/admin/applications/register");
        Assert.True(status == HttpStatusCode.Redirect, html);
        var id = int.Parse(location!.Split('/')[^1], CultureInfo.InvariantCulture);
        var revision = await app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.Revision).SingleAsync());
        var (corrStatus, corrHtml, _) = await handler.SubmitAsync($"/admin/applications/{id}?handler=Correction", new()
        {
            ["Input.Revision"] = revision.ToString(CultureInfo.InvariantCulture),
            ["Input.On"] = on,
            ["Input.Until"] = until,
            ["Input.Text"] = "请写明所需补贴发放名单的年份和季度，并提供身份证明复印件。",
        }, tokenFrom: $"/admin/applications/{id}");
        Assert.True(corrStatus == HttpStatusCode.Redirect, corrHtml);
        var token = await app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.AccessToken).SingleAsync());
        return (body, handler, id, $"/track/{token}");
    }

    private Task<(HttpStatusCode Status, string Html, string? Location)> CorrectAsync(string track, string text, params (string Field, string FileName, byte[] Content)[] files) =>
        app.Browser().SubmitWithFilesAsync(track + "?handler=Correction", new() { ["CorrectionText"] = text }, files, tokenFrom: "/track");

    [DbFact]
    public async Task The_applicant_corrects_through_the_tracking_link_and_the_clock_restarts_that_day()
    {
        app.SkipUnlessAvailable();
        var (_, handler, id, track) = await AwaitingCorrectionAsync(Today, Day(14));
        var page = await app.Browser().GetOkAsync(track);
        Assert.Contains("提交补正", page);
        Assert.Contains("请写明所需补贴发放名单的年份和季度", page);

        var (status, html, location) = await CorrectAsync(track, "所需为2025年第三季度的发放名单。", ("CorrectionFile", "身份证复印件.pdf", Pdf));

        Assert.True(status == HttpStatusCode.Redirect, html);
        Assert.Equal(track + "?corrected=1", location);
        var application = await app.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.InProgress, application.Status);
        var corrected = application.Events.Single(e => e.Kind == ApplicationEventKind.Corrected);
        Assert.Equal(DateOnly.Parse(Today, CultureInfo.InvariantCulture), corrected.On);
        Assert.Equal("申请人", corrected.Actor);
        Assert.Contains("所需为2025年第三季度的发放名单。", corrected.Note);
        Assert.Equal(application.DayZero, corrected.On);
        var file = Assert.Single(application.Files);
        Assert.Equal((ApplicantFilePurpose.Correction, "身份证复印件.pdf"), (file.Purpose, file.FileName));

        var after = await app.Browser().GetOkAsync(location!);
        Assert.True(after.Contains("补正已提交", StringComparison.Ordinal), after[after.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("name=\"CorrectionText\"", after);
        Assert.Contains("补正材料：身份证复印件.pdf", after);
        Assert.Contains($"/admin/applications/{id}/files/{file.Id}", await handler.GetOkAsync($"/admin/applications/{id}"));
    }

    [DbFact]
    public async Task A_correction_without_text_or_with_a_bad_file_is_400_and_the_text_kept()
    {
        app.SkipUnlessAvailable();
        var (_, _, id, track) = await AwaitingCorrectionAsync(Today, Day(14));

        var (empty, emptyHtml, _) = await CorrectAsync(track, "  ");
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("请填写补正的内容", emptyHtml);

        var (badFile, badHtml, _) = await CorrectAsync(track, "所需为2025年第三季度。", ("CorrectionFile", "scan.pdf", "not a pdf"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, badFile);
        Assert.Contains("内容与 PDF 格式不符", badHtml);
        Assert.Contains(">所需为2025年第三季度。</textarea>", badHtml);

        var application = await app.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.AwaitingCorrection, application.Status);
        Assert.Empty(application.Files);
    }

    [DbFact]
    public async Task A_correction_after_the_deadline_or_when_none_is_asked_is_refused()
    {
        app.SkipUnlessAvailable();
        var (_, _, _, late) = await AwaitingCorrectionAsync("2025-09-26", "2025-10-24");
        var (status, html, _) = await CorrectAsync(late, "补充说明。");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("补正期限（2025年10月24日）已过", html);

        var (body, _) = await app.CreateBodyAsync();
        var (_, _, location) = await ApplyAsync(body);
        var track = location!.Split('?')[0];
        var (notAsked, notAskedHtml, _) = await CorrectAsync(track, "补充说明。");
        Assert.Equal(HttpStatusCode.BadRequest, notAsked);
        Assert.Contains("该申请目前不需要补正", notAskedHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().SubmitWithFilesAsync("/track/nosuchtoken?handler=Correction", new() { ["CorrectionText"] = "x" }, [], tokenFrom: "/track")).Status);
    }
}

public sealed class ApplicantFileTests_Sqlite(BackOfficeSqliteApp app) : ApplicantFileTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class ApplicantFileTests_Postgres(BackOfficePostgresApp app) : ApplicantFileTests(app), IClassFixture<BackOfficePostgresApp>;

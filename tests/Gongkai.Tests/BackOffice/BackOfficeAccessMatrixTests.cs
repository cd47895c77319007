using System.Net;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.BackOffice;

/// <summary>Who may open which administration page: role × page, and anonymous visitors.</summary>
public sealed class BackOfficeAccessMatrixTests(BackOfficeSqliteApp app) : IClassFixture<BackOfficeSqliteApp>
{
    private const int Ok = 200, Forbidden = 403;

    public static readonly string[] Pages = ["/admin/users", "/admin/users/new", "/admin/audit", "/admin/calendar"];

    /// <summary>The expected status of each page in <see cref="Pages"/>, in that order.</summary>
    [Theory]
    [InlineData(StaffRole.PlatformAdmin, Ok, Ok, Ok, Ok)]
    [InlineData(StaffRole.BodyAdmin, Ok, Ok, Ok, Forbidden)]
    [InlineData(StaffRole.Supervisor, Forbidden, Forbidden, Ok, Forbidden)]
    [InlineData(StaffRole.Drafter, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.SectionHead, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.ConfidentialityReviewer, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.FinanceAuditor, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.LeadershipApprover, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.ApplicationHandler, Forbidden, Forbidden, Forbidden, Forbidden)]
    public async Task Role_opens_exactly_its_pages(StaffRole role, params int[] expected)
    {
        var body = role == StaffRole.PlatformAdmin ? null : await app.CreateBodyUnderAsync(null);
        var (_, browser) = await app.SignedInAsync((role, body));
        var actual = new List<int>();
        foreach (var page in Pages)
        {
            actual.Add((int)(await browser.FetchAsync(page)).Status);
        }
        Assert.Equal(expected, actual);
    }

    public static readonly string[] ApplicationPages = ["/admin/applications", "/admin/applications/register", "/admin/applications/statistics"];

    /// <summary>Applicant data is for the body's handlers and office head and for supervisors (who read but do not register) — nobody else.</summary>
    [Theory]
    [InlineData(StaffRole.ApplicationHandler, Ok, Ok, Ok)]
    [InlineData(StaffRole.DisclosureOfficeHead, Ok, Ok, Ok)]
    [InlineData(StaffRole.Supervisor, Ok, Forbidden, Ok)]
    [InlineData(StaffRole.PlatformAdmin, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.BodyAdmin, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.Drafter, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.SectionHead, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.ConfidentialityReviewer, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.FinanceAuditor, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.LeadershipApprover, Forbidden, Forbidden, Forbidden)]
    public async Task Role_opens_exactly_its_application_pages(StaffRole role, params int[] expected)
    {
        var body = role == StaffRole.PlatformAdmin ? null : await app.CreateBodyUnderAsync(null);
        var (_, browser) = await app.SignedInAsync((role, body));
        var actual = new List<int>();
        foreach (var page in ApplicationPages)
        {
            actual.Add((int)(await browser.FetchAsync(page)).Status);
        }
        Assert.Equal(expected, actual);
        if (expected[0] == Ok)
        {
            var html = await browser.GetOkAsync(ApplicationPages[0]);
            Assert.Contains("<body class=\"admin\">", html);
            Assert.DoesNotContain("&#x", html.Replace("&#xA;", "", StringComparison.Ordinal));
        }
    }

    public static readonly string[] OpinionPages = ["/admin/opinions", "/admin/opinions/moderation", "/admin/opinions/register", "/admin/opinions/settings"];

    /// <summary>A body's opinions are read by its admin, office head, leadership, section heads and supervisors; handled by the first three; the display setting is the admin's.</summary>
    [Theory]
    [InlineData(StaffRole.BodyAdmin, Ok, Ok, Ok, Ok)]
    [InlineData(StaffRole.DisclosureOfficeHead, Ok, Ok, Ok, Forbidden)]
    [InlineData(StaffRole.SectionHead, Ok, Ok, Ok, Forbidden)]
    [InlineData(StaffRole.LeadershipApprover, Ok, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.Supervisor, Ok, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.PlatformAdmin, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.Drafter, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.ConfidentialityReviewer, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.FinanceAuditor, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.ApplicationHandler, Forbidden, Forbidden, Forbidden, Forbidden)]
    public async Task Role_opens_exactly_its_opinion_pages(StaffRole role, params int[] expected)
    {
        var body = role == StaffRole.PlatformAdmin ? null : await app.CreateBodyUnderAsync(null);
        var (_, browser) = await app.SignedInAsync((role, body));
        var actual = new List<int>();
        foreach (var page in OpinionPages)
        {
            actual.Add((int)(await browser.FetchAsync(page)).Status);
        }
        Assert.Equal(expected, actual);
        if (expected[0] == Ok)
        {
            var html = await browser.GetOkAsync(OpinionPages[0]);
            Assert.Contains("<a href=\"/admin/opinions\">公众参与</a>", html);
            Assert.DoesNotContain("&#x", html.Replace("&#xA;", "", StringComparison.Ordinal));
        }
    }

    public static readonly string[] ConsultationAndRegisterPages =
        ["/admin/consultations", "/admin/consultations/new", "/admin/registers?kind=Hotline", "/admin/registers/new?kind=Hotline", "/admin/registers/postings"];

    /// <summary>
    /// Consultations are prepared by section heads, leaders, the office head and body admins, and read by
    /// supervisors too; registers are kept by everyone working for the body and read by supervisors.
    /// </summary>
    [Theory]
    [InlineData(StaffRole.BodyAdmin, Ok, Ok, Ok, Ok, Ok)]
    [InlineData(StaffRole.DisclosureOfficeHead, Ok, Ok, Ok, Ok, Ok)]
    [InlineData(StaffRole.SectionHead, Ok, Ok, Ok, Ok, Ok)]
    [InlineData(StaffRole.LeadershipApprover, Ok, Ok, Ok, Ok, Ok)]
    [InlineData(StaffRole.Supervisor, Ok, Forbidden, Ok, Forbidden, Ok)]
    [InlineData(StaffRole.PlatformAdmin, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden)]
    [InlineData(StaffRole.Drafter, Forbidden, Forbidden, Ok, Ok, Ok)]
    [InlineData(StaffRole.ConfidentialityReviewer, Forbidden, Forbidden, Ok, Ok, Ok)]
    [InlineData(StaffRole.FinanceAuditor, Forbidden, Forbidden, Ok, Ok, Ok)]
    [InlineData(StaffRole.ApplicationHandler, Forbidden, Forbidden, Ok, Ok, Ok)]
    public async Task Role_opens_exactly_its_consultation_and_register_pages(StaffRole role, params int[] expected)
    {
        var body = role == StaffRole.PlatformAdmin ? null : await app.CreateBodyUnderAsync(null);
        var (_, browser) = await app.SignedInAsync((role, body));
        var actual = new List<int>();
        foreach (var page in ConsultationAndRegisterPages)
        {
            actual.Add((int)(await browser.FetchAsync(page)).Status);
        }
        Assert.Equal(expected, actual);
    }

    /// <summary>An opinion of another body is not found, for every role that reads opinions of its own.</summary>
    [Theory]
    [InlineData(StaffRole.BodyAdmin)]
    [InlineData(StaffRole.DisclosureOfficeHead)]
    [InlineData(StaffRole.SectionHead)]
    [InlineData(StaffRole.LeadershipApprover)]
    [InlineData(StaffRole.Supervisor)]
    public async Task An_opinion_of_another_body_is_not_found(StaffRole role)
    {
        var body = await app.CreateBodyUnderAsync(null);
        var other = await app.CreateBodyUnderAsync(null);
        var opinion = await Participation.Admin.OpinionTestData.ReceiveOpinionAsync(app, other);
        var (_, browser) = await app.SignedInAsync((role, body));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await browser.FetchAsync($"/admin/opinions/{opinion.Id}")).Status);
        var (_, own) = await app.SignedInAsync((role, other));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await own.FetchAsync($"/admin/opinions/{opinion.Id}")).Status);
    }

    public static TheoryData<StaffRole> AllRoles => new(Enum.GetValues<StaffRole>());

    /// <summary>The search is for everyone who works in the back office, whatever the role (what it finds depends on the bodies).</summary>
    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Every_role_opens_the_search(StaffRole role)
    {
        var body = role == StaffRole.PlatformAdmin ? null : await app.CreateBodyUnderAsync(null);
        var (_, browser) = await app.SignedInAsync((role, body));
        Assert.Equal(HttpStatusCode.OK, (await browser.FetchAsync("/admin/search")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.FetchAsync("/admin/search?q=%E4%BD%8E%E4%BF%9D")).Status);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_with_the_page_to_return_to()
    {
        var browser = app.CookieBrowser();
        foreach (var page in Pages.Concat(ApplicationPages).Concat(OpinionPages).Concat(ConsultationAndRegisterPages).Append("/admin/opinions/1").Append("/admin/audit/1").Append("/admin/users/1").Append("/admin/applications/1").Append("/admin/search"))
        {
            using var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/signin?ReturnUrl=" + Uri.EscapeDataString(page), response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Pages_use_the_back_office_layout_in_simplified_chinese()
    {
        var (_, browser) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));
        foreach (var page in Pages)
        {
            var html = await browser.GetOkAsync(page);
            Assert.Contains("<html lang=\"zh-CN\">", html);
            Assert.Contains("<body class=\"admin\">", html);
            Assert.Contains("政务公开工作台", html);
            Assert.Contains("<a class=\"skip-link\" href=\"#main\">", html);
            Assert.DoesNotContain("&#x", html.Replace("&#xA;", "", StringComparison.Ordinal));
            // One script, same-origin and deferred: the rich-text editor, which only acts on textarea[data-rich-text].
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script"));
            Assert.Matches("<script src=\"/js/rich-text\\.js\\?v=[^\"]+\" defer></script>", html);
        }
    }
}

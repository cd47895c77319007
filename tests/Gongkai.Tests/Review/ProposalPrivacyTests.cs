using Gongkai.Items;
using Gongkai.Privacy;
using Gongkai.Review;
using static Gongkai.Tests.Privacy.TestNumbers;

namespace Gongkai.Tests.Review;

/// <summary>The privacy guard of confidentiality review over a proposal's fields and attachments.</summary>
public class ProposalPrivacyTests
{
    private static readonly string IdNumber = Id("11010519800101001");
    private const string Mobile = "13800138000";
    private const string MaskedMobile = "138****8000";
    private static readonly DateTimeOffset At = new(2025, 3, 3, 2, 0, 0, TimeSpan.Zero);

    private static readonly (string FileName, string Text)[] NoAttachments = [];

    private static ItemMetadata Metadata(string title = "2025年第一季度残疾人两项补贴发放名单公示") => TestProposals.Metadata(title);

    private static string Table(string id) =>
        $"<table><tr><th>姓名</th><th>身份证号</th><th>金额</th></tr><tr><td>张三</td><td>{id}</td><td>120.00</td></tr></table>";

    /// <summary>Resolutions are matched on field and text only, so the kind here is immaterial.</summary>
    private static PrivacyResolution Justified(string field, string text) => new(field, text, FindingKind.Mobile, "办公电话，依法公开", TestProposals.ConfidentialityId, At);

    private static PrivacyResolution Masked(string field, string text) => new(field, text, FindingKind.Mobile, null, TestProposals.ConfidentialityId, At);

    // ---- Scan: edge cases first ----

    [Fact]
    public void A_proposal_without_personal_data_has_no_findings()
    {
        Assert.Empty(ProposalPrivacy.Scan(Metadata(), NoAttachments));
    }

    [Fact]
    public void Missing_summary_keywords_and_empty_texts_are_skipped()
    {
        var metadata = Metadata() with { Summary = null, Keywords = null, BodyHtml = "" };

        Assert.Empty(ProposalPrivacy.Scan(metadata, [("空白.txt", ""), ("说明.pdf", "")]));
    }

    [Fact]
    public void The_file_name_alone_is_not_scanned()
    {
        Assert.Empty(ProposalPrivacy.Scan(Metadata(), [($"{Mobile}.txt", "无")]));
    }

    [Fact]
    public void Field_names_are_the_Chinese_labels()
    {
        Assert.Equal(("标题", "内容概述", "主题词", "正文"), (ProposalPrivacy.Title, ProposalPrivacy.Summary, ProposalPrivacy.Keywords, ProposalPrivacy.Body));
    }

    [Fact]
    public void An_id_number_in_a_table_in_the_body_is_found()
    {
        var body = Table(IdNumber);

        var found = Assert.Single(ProposalPrivacy.Scan(Metadata() with { BodyHtml = body }, NoAttachments));

        Assert.Equal(ProposalPrivacy.Body, found.Field);
        Assert.Equal(FindingKind.ResidentId, found.Finding.Kind);
        Assert.Equal(IdNumber, found.Finding.Text);
        Assert.Equal(body.IndexOf(IdNumber, StringComparison.Ordinal), found.Finding.Start);
        Assert.True(found.Finding.Valid);
        Assert.True(found.CanMask);
    }

    [Fact]
    public void An_id_number_with_a_wrong_check_digit_is_found_as_doubtful()
    {
        var wrong = IdWithWrongCheck("11010519800101001");

        var found = Assert.Single(ProposalPrivacy.Scan(Metadata() with { BodyHtml = Table(wrong) }, NoAttachments));

        Assert.Equal(FindingKind.ResidentId, found.Finding.Kind);
        Assert.False(found.Finding.Valid);
    }

    [Fact]
    public void A_mobile_number_in_the_summary_is_found()
    {
        var found = Assert.Single(ProposalPrivacy.Scan(Metadata() with { Summary = $"如有异议，请联系李四（{Mobile}）。" }, NoAttachments));

        Assert.Equal(ProposalPrivacy.Summary, found.Field);
        Assert.Equal(FindingKind.Mobile, found.Finding.Kind);
        Assert.Equal(Mobile, found.Finding.Text);
        Assert.True(found.CanMask);
    }

    [Theory]
    [InlineData("名单.xlsx")]
    [InlineData("公示.docx")]
    [InlineData("附件 1.pdf")]
    public void Personal_data_in_an_attachment_is_found_under_the_attachments_name_and_cannot_be_masked(string fileName)
    {
        var text = $"序号\t姓名\t身份证号\n1\t张三\t{IdNumber}";

        var found = Assert.Single(ProposalPrivacy.Scan(Metadata(), [(fileName, text)]));

        Assert.Equal($"附件：{fileName}", found.Field);
        Assert.Equal(FindingKind.ResidentId, found.Finding.Kind);
        Assert.Equal(IdNumber, found.Finding.Text);
        Assert.False(found.CanMask);
    }

    [Fact]
    public void Fields_are_scanned_in_order_title_summary_keywords_body_then_attachments()
    {
        var card = Card("622202100112345678");
        var metadata = Metadata($"关于{Mobile}的公示") with
        {
            Summary = $"联系人手机 {Mobile}",
            Keywords = $"补贴 {Mobile}",
            BodyHtml = $"<p>{IdNumber}</p><p>{card}</p>",
        };

        var found = ProposalPrivacy.Scan(metadata, [("一.txt", Mobile), ("二.csv", $"张三,{IdNumber}")]);

        Assert.Equal(
            [
                ("标题", FindingKind.Mobile), ("内容概述", FindingKind.Mobile), ("主题词", FindingKind.Mobile),
                ("正文", FindingKind.ResidentId), ("正文", FindingKind.BankCard),
                ("附件：一.txt", FindingKind.Mobile), ("附件：二.csv", FindingKind.ResidentId),
            ],
            found.Select(f => (f.Field, f.Finding.Kind)));
    }

    [Fact]
    public void Every_occurrence_is_found_separately()
    {
        var body = $"<p>{Mobile}</p><p>{Mobile}</p>";

        var found = ProposalPrivacy.Scan(Metadata() with { BodyHtml = body }, NoAttachments);

        Assert.Equal(2, found.Count);
        Assert.NotEqual(found[0].Finding.Start, found[1].Finding.Start);
    }

    // ---- Unresolved ----

    [Fact]
    public void Without_resolutions_every_finding_is_unresolved()
    {
        var found = ProposalPrivacy.Scan(Metadata() with { Summary = Mobile, BodyHtml = Table(IdNumber) }, NoAttachments);

        Assert.Equal(found, ProposalPrivacy.Unresolved(found, []));
    }

    [Fact]
    public void Nothing_found_means_nothing_unresolved()
    {
        Assert.Empty(ProposalPrivacy.Unresolved([], [Justified(ProposalPrivacy.Body, Mobile)]));
    }

    [Fact]
    public void A_justified_finding_is_resolved()
    {
        var found = ProposalPrivacy.Scan(Metadata() with { Summary = $"咨询电话 {Mobile}" }, NoAttachments);

        Assert.Empty(ProposalPrivacy.Unresolved(found, [Justified(ProposalPrivacy.Summary, Mobile)]));
    }

    [Fact]
    public void A_justification_covers_only_its_own_field()
    {
        var found = ProposalPrivacy.Scan(Metadata() with { Summary = Mobile, BodyHtml = $"<p>{Mobile}</p>" }, NoAttachments);

        var unresolved = Assert.Single(ProposalPrivacy.Unresolved(found, [Justified(ProposalPrivacy.Summary, Mobile)]));

        Assert.Equal(ProposalPrivacy.Body, unresolved.Field);
    }

    [Fact]
    public void A_justification_covers_only_its_own_text()
    {
        var found = ProposalPrivacy.Scan(Metadata() with { BodyHtml = $"<p>{Mobile}</p><p>13900139000</p>" }, NoAttachments);

        var unresolved = Assert.Single(ProposalPrivacy.Unresolved(found, [Justified(ProposalPrivacy.Body, Mobile)]));

        Assert.Equal("13900139000", unresolved.Finding.Text);
    }

    [Fact]
    public void A_justification_covers_every_occurrence_of_the_text_in_its_field()
    {
        var found = ProposalPrivacy.Scan(Metadata() with { BodyHtml = $"<p>{Mobile}</p><p>{Mobile}</p>" }, NoAttachments);

        Assert.Empty(ProposalPrivacy.Unresolved(found, [Justified(ProposalPrivacy.Body, Mobile)]));
    }

    [Fact]
    public void A_justification_for_an_attachment_covers_that_attachment()
    {
        var found = ProposalPrivacy.Scan(Metadata(), [("名单.xlsx", IdNumber), ("汇总.xlsx", IdNumber)]);

        var unresolved = Assert.Single(ProposalPrivacy.Unresolved(found, [Justified("附件：名单.xlsx", IdNumber)]));

        Assert.Equal("附件：汇总.xlsx", unresolved.Field);
    }

    [Fact]
    public void A_finding_recorded_as_masked_but_still_in_the_text_stays_unresolved()
    {
        var found = ProposalPrivacy.Scan(Metadata() with { BodyHtml = Table(IdNumber) }, NoAttachments);

        var unresolved = ProposalPrivacy.Unresolved(found, [Masked(ProposalPrivacy.Body, IdNumber)]);

        Assert.Equal(found, unresolved);
    }

    [Fact]
    public void Justified_and_masked_resolutions_together_leave_only_what_is_still_there_unjustified()
    {
        var found = ProposalPrivacy.Scan(
            Metadata() with { Summary = Mobile, BodyHtml = Table(IdNumber) },
            [("名单.xlsx", $"{IdNumber}\t{Mobile}")]);
        PrivacyResolution[] resolutions =
        [
            Justified(ProposalPrivacy.Summary, Mobile),
            Masked(ProposalPrivacy.Body, IdNumber),
            Justified("附件：名单.xlsx", Mobile),
        ];

        var unresolved = ProposalPrivacy.Unresolved(found, resolutions);

        Assert.Equal([("正文", IdNumber), ("附件：名单.xlsx", IdNumber)], unresolved.Select(u => (u.Field, u.Finding.Text)));
    }

    // ---- Mask ----

    [Theory]
    [InlineData(ProposalPrivacy.Title)]
    [InlineData(ProposalPrivacy.Summary)]
    [InlineData(ProposalPrivacy.Keywords)]
    [InlineData(ProposalPrivacy.Body)]
    public void Mask_masks_the_finding_in_its_own_field_only(string field)
    {
        var metadata = WithMobileIn(field);
        var located = Assert.Single(ProposalPrivacy.Scan(metadata, NoAttachments));
        Assert.Equal(field, located.Field);

        var masked = ProposalPrivacy.Mask(metadata, located);

        Assert.Equal(WithMobileIn(field, MaskedMobile), masked);
        Assert.Empty(ProposalPrivacy.Scan(masked, NoAttachments));
    }

    [Fact]
    public void Masking_an_id_number_in_a_table_leaves_no_id_number_to_find()
    {
        var metadata = Metadata() with { BodyHtml = Table(IdNumber) };
        var located = Assert.Single(ProposalPrivacy.Scan(metadata, NoAttachments));

        var masked = ProposalPrivacy.Mask(metadata, located);

        Assert.Equal(Table($"110105********{IdNumber[^4..]}"), masked.BodyHtml);
        Assert.DoesNotContain(ProposalPrivacy.Scan(masked, NoAttachments), f => f.Finding.Kind == FindingKind.ResidentId);
        Assert.Empty(ProposalPrivacy.Scan(masked, NoAttachments));
    }

    [Fact]
    public void Masking_one_occurrence_leaves_the_others()
    {
        var metadata = Metadata() with { BodyHtml = $"<p>{Mobile}</p><p>{Mobile}</p>" };
        var first = ProposalPrivacy.Scan(metadata, NoAttachments)[0];

        var masked = ProposalPrivacy.Mask(metadata, first);

        Assert.Equal($"<p>{MaskedMobile}</p><p>{Mobile}</p>", masked.BodyHtml);
        Assert.Single(ProposalPrivacy.Scan(masked, NoAttachments));
    }

    [Fact]
    public void Masking_every_finding_one_scan_at_a_time_leaves_nothing()
    {
        var card = Card("622202100112345678");
        var metadata = Metadata($"关于{Mobile}的公示") with
        {
            Summary = $"联系人 {Mobile}",
            Keywords = Mobile,
            BodyHtml = Table(IdNumber) + Table(Id("32010219750315002")) + $"<p>{card}</p>",
        };

        for (var found = ProposalPrivacy.Scan(metadata, NoAttachments); found.Count > 0; found = ProposalPrivacy.Scan(metadata, NoAttachments))
        {
            metadata = ProposalPrivacy.Mask(metadata, found[0]);
        }

        Assert.Contains(MaskedMobile, metadata.Title, StringComparison.Ordinal);
        Assert.Equal(MaskedMobile, metadata.Keywords);
        Assert.DoesNotContain(IdNumber, metadata.BodyHtml, StringComparison.Ordinal);
        Assert.Contains($"6222***********{card[^4..]}", metadata.BodyHtml, StringComparison.Ordinal);
        Assert.Empty(ProposalPrivacy.Scan(metadata, NoAttachments));
    }

    [Fact]
    public void A_finding_already_masked_cannot_be_masked_again_from_a_stale_scan()
    {
        var metadata = Metadata() with { BodyHtml = Table(IdNumber) };
        var located = Assert.Single(ProposalPrivacy.Scan(metadata, NoAttachments));
        var masked = ProposalPrivacy.Mask(metadata, located);

        Assert.Throws<ArgumentException>(() => ProposalPrivacy.Mask(masked, located));
    }

    [Theory]
    [InlineData("名单.xlsx")]
    [InlineData("标题")] // an attachment named like a field is still an attachment
    public void Personal_data_in_an_attachment_cannot_be_masked(string fileName)
    {
        var located = Assert.Single(ProposalPrivacy.Scan(Metadata(), [(fileName, IdNumber)]));

        var error = Assert.Throws<InvalidOperationException>(() => ProposalPrivacy.Mask(Metadata(), located));

        Assert.Equal("附件中的个人信息不能直接遮盖：请说明理由，或退回信息员删除、替换附件。", error.Message);
    }

    private static ItemMetadata WithMobileIn(string field, string number = Mobile) => field switch
    {
        ProposalPrivacy.Title => Metadata($"关于{number}号码的公示"),
        ProposalPrivacy.Summary => Metadata() with { Summary = $"联系人：王五 {number}" },
        ProposalPrivacy.Keywords => Metadata() with { Keywords = $"补贴 {number}" },
        ProposalPrivacy.Body => Metadata() with { BodyHtml = $"<p>联系电话：<strong>{number}</strong></p>" },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}

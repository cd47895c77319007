using System.Reflection;
using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Tests.Items;

public class DisclosureItemTests
{
    private static readonly ItemMetadata Metadata = TestItems.Metadata();

    // ---- Creation ----

    [Fact]
    public void A_new_item_is_an_unpublished_draft()
    {
        var item = TestItems.Draft();

        Assert.Equal(ItemStatus.Draft, item.Status);
        Assert.Null(item.IndexNumber);
        Assert.Null(item.IndexYear);
        Assert.Null(item.IndexSerial);
        Assert.Null(item.PublishedAt);
        Assert.Null(item.WithdrawnAt);
        Assert.Empty(item.Versions);
        Assert.Equal(0, item.CurrentVersionNumber);
        Assert.Equal(0, item.Revision);
        Assert.Equal(TestItems.Created, item.UpdatedAt);
    }

    [Fact]
    public void Invalid_metadata_is_refused_with_its_problems()
    {
        var body = TestItems.Body();

        var error = Assert.Throws<InvalidOperationException>(() =>
            new DisclosureItem(body, TestItems.Category(body), Metadata with { Title = " ", IssuingBody = "" }, TestItems.Created));

        Assert.Equal("请填写标题。 请填写发布机构。", error.Message);
    }

    [Fact]
    public void Metadata_is_tidied_on_the_way_in()
    {
        var item = TestItems.Draft(metadata: Metadata with
        {
            Title = "  通知  ",
            IssuingBody = " 某市残疾人联合会 ",
            DocumentNumber = "市残联发 [２０２５] 3号",
        });

        Assert.Equal("通知", item.Title);
        Assert.Equal("某市残疾人联合会", item.IssuingBody);
        Assert.Equal("市残联发〔2025〕3号", item.DocumentNumber);
    }

    [Fact]
    public void Group_name_is_dropped_when_the_audience_is_everyone()
    {
        var item = TestItems.Draft(metadata: Metadata with { Audience = Audience.Everyone, AudienceGroup = "本校教职工" });

        Assert.Null(item.AudienceGroup);
    }

    [Fact]
    public void Period_is_dropped_unless_timeliness_is_periodic()
    {
        var item = TestItems.Draft(metadata: Metadata with { Timeliness = Timeliness.Standing, Period = Period.Monthly });

        Assert.Null(item.Period);
    }

    [Fact]
    public void Metadata_reads_back_what_was_applied()
    {
        var input = Metadata with
        {
            Summary = "摘要",
            SubjectClass = "社会保障",
            Genre = "通知",
            Keywords = "残疾人证 办理",
            Validity = Validity.Expired,
            ValidFrom = new DateOnly(2020, 1, 1),
            ValidUntil = new DateOnly(2024, 12, 31),
            Audience = Audience.SpecificGroup,
            AudienceGroup = "本会职工",
            Timeliness = Timeliness.Periodic,
            Period = Period.Yearly,
            Timing = Timing.BeforeDecision,
        };

        Assert.Equal(input, TestItems.Draft(metadata: input).Metadata);
    }

    [Fact]
    public void A_category_of_another_body_is_refused()
    {
        var ours = TestItems.Body("canlian").WithId(1);
        var theirs = TestItems.Body("jiaoyu").WithId(2);

        var error = Assert.Throws<InvalidOperationException>(() =>
            new DisclosureItem(ours, TestItems.Category(theirs), Metadata, TestItems.Created));

        Assert.Equal("目录栏目不属于该机构。", error.Message);
    }

    [Fact]
    public void A_category_of_another_unsaved_body_is_refused()
    {
        var ours = TestItems.Body("canlian");
        var theirs = TestItems.Body("jiaoyu");

        Assert.Throws<InvalidOperationException>(() =>
            new DisclosureItem(ours, TestItems.Category(theirs), Metadata, TestItems.Created));
    }

    [Fact]
    public void A_category_loaded_by_id_only_is_accepted_for_its_body()
    {
        var body = TestItems.Body().WithId(5);
        var other = TestItems.Body("other").WithId(9);
        // As if loaded without its navigation: the foreign key says body 5.
        var category = TestItems.Category(other).WithKey(nameof(CatalogueCategory.BodyId), 5);

        var item = new DisclosureItem(body, category, Metadata, TestItems.Created);

        Assert.Same(body, item.Body);
    }

    // ---- Drafts ----

    [Fact]
    public void A_draft_can_be_edited()
    {
        var item = TestItems.Draft();

        item.EditDraft(Metadata with { Title = "新标题" }, TestItems.Submitted);

        Assert.Equal("新标题", item.Title);
        Assert.Equal(TestItems.Submitted, item.UpdatedAt);
        Assert.Equal(1, item.Revision);
        Assert.Equal(ItemStatus.Draft, item.Status);
        Assert.Empty(item.Versions);
    }

    [Fact]
    public void An_invalid_edit_leaves_the_draft_unchanged()
    {
        var item = TestItems.Draft();

        Assert.Throws<InvalidOperationException>(() => item.EditDraft(Metadata with { Title = "" }, TestItems.Submitted));

        Assert.Equal(Metadata.Title, item.Title);
        Assert.Equal(0, item.Revision);
        Assert.Equal(TestItems.Created, item.UpdatedAt);
    }

    public static TheoryData<string> NotDrafts => ["under review", "published", "withdrawn"];

    private static DisclosureItem InState(string state)
    {
        var item = TestItems.Draft();
        switch (state)
        {
            case "under review":
                item.SubmitForReview(TestItems.Submitted);
                break;
            case "published":
                item.Publish(TestItems.Index(), TestItems.Published);
                break;
            case "withdrawn":
                item.Publish(TestItems.Index(), TestItems.Published);
                item.Withdraw(WithdrawalReason.Other, "理由", TestItems.Withdrawn);
                break;
            default:
                break;
        }
        return item;
    }

    [Theory]
    [MemberData(nameof(NotDrafts))]
    public void Only_a_draft_can_be_edited(string state)
    {
        var item = InState(state);

        var error = Assert.Throws<InvalidOperationException>(() => item.EditDraft(Metadata with { Title = "新标题" }, TestItems.Revised));

        Assert.Equal("只有草稿可以直接修改。", error.Message);
        Assert.Equal(Metadata.Title, item.Title);
    }

    [Fact]
    public void A_draft_can_be_submitted_for_review()
    {
        var item = TestItems.Draft();

        item.SubmitForReview(TestItems.Submitted);

        Assert.Equal(ItemStatus.UnderReview, item.Status);
        Assert.Equal(TestItems.Submitted, item.UpdatedAt);
        Assert.Equal(1, item.Revision);
    }

    [Theory]
    [MemberData(nameof(NotDrafts))]
    public void Only_a_draft_can_be_submitted_for_review(string state)
    {
        var item = InState(state);
        var status = item.Status;

        var error = Assert.Throws<InvalidOperationException>(() => item.SubmitForReview(TestItems.Revised));

        Assert.Equal("只有草稿可以提交审核。", error.Message);
        Assert.Equal(status, item.Status);
    }

    // ---- First publication ----

    [Theory]
    [InlineData("draft")]
    [InlineData("under review")]
    public void Publishing_assigns_the_index_number_and_version_one(string state)
    {
        var item = InState(state);

        item.Publish(new IndexNumber("014523671/2025-00012", 2025, 12), TestItems.Published);

        Assert.Equal(ItemStatus.Published, item.Status);
        Assert.Equal("014523671/2025-00012", item.IndexNumber);
        Assert.Equal(2025, item.IndexYear);
        Assert.Equal(12, item.IndexSerial);
        Assert.Equal(TestItems.Published, item.PublishedAt);
        Assert.Equal(TestItems.Published, item.UpdatedAt);
        var version = Assert.Single(item.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(TestItems.Published, version.PublishedAt);
        Assert.Equal("首次发布", version.Note);
        Assert.Equal(1, item.CurrentVersionNumber);
    }

    [Fact]
    public void Publishing_keeps_the_note_given()
    {
        var item = TestItems.Draft();

        item.Publish(TestItems.Index(), TestItems.Published, "经审核发布");

        Assert.Equal("经审核发布", Assert.Single(item.Versions).Note);
    }

    [Fact]
    public void Version_one_snapshot_holds_the_published_metadata()
    {
        var item = TestItems.PublishedItem();

        var snapshot = Assert.Single(item.Versions).Snapshot;

        Assert.Equal(item.Metadata, snapshot.Metadata);
        Assert.Empty(snapshot.Channels);
        Assert.Empty(snapshot.Attachments);
    }

    [Theory]
    [InlineData("published")]
    [InlineData("withdrawn")]
    public void Publishing_twice_is_refused(string state)
    {
        var item = InState(state);

        var error = Assert.Throws<InvalidOperationException>(() => item.Publish(TestItems.Index(2), TestItems.Revised));

        Assert.Equal("该信息已发布或已撤回，不能再次首次发布。", error.Message);
        Assert.Equal(TestItems.Index().Text, item.IndexNumber);
        Assert.Equal(TestItems.Published, item.PublishedAt);
        Assert.Single(item.Versions);
    }

    // ---- Revisions ----

    [Fact]
    public void A_revision_becomes_version_two_and_version_one_keeps_the_old_text()
    {
        var item = TestItems.Draft(metadata: Metadata with { Title = "旧标题", BodyHtml = "<p>旧正文</p>" });
        item.Publish(TestItems.Index(), TestItems.Published);

        item.PublishRevision(Metadata with { Title = "新标题", BodyHtml = "<p>新正文</p>" }, TestItems.Revised, "更正错别字");

        Assert.Equal(2, item.CurrentVersionNumber);
        var first = item.Versions.Single(v => v.Number == 1);
        var second = item.Versions.Single(v => v.Number == 2);
        Assert.Equal("旧标题", first.Snapshot.Metadata.Title);
        Assert.Equal("<p>旧正文</p>", first.Snapshot.Metadata.BodyHtml);
        Assert.Equal("新标题", second.Snapshot.Metadata.Title);
        Assert.Equal("<p>新正文</p>", second.Snapshot.Metadata.BodyHtml);
        Assert.Equal("更正错别字", second.Note);
        Assert.Equal(TestItems.Revised, second.PublishedAt);
        Assert.Equal("新标题", item.Title);
    }

    [Fact]
    public void A_revision_keeps_the_first_publication_date_and_index_number()
    {
        var item = TestItems.PublishedItem();

        item.PublishRevision(Metadata with { Title = "新标题" }, TestItems.Revised, "修改");

        Assert.Equal(ItemStatus.Published, item.Status);
        Assert.Equal(TestItems.Published, item.PublishedAt);
        Assert.Equal(TestItems.Revised, item.UpdatedAt);
        Assert.Equal(TestItems.Index().Text, item.IndexNumber);
    }

    [Fact]
    public void Version_numbers_count_up_with_each_revision()
    {
        var item = TestItems.PublishedItem();

        for (var i = 2; i <= 5; i++)
        {
            item.PublishRevision(Metadata with { Title = $"第{i}版" }, TestItems.Revised.AddDays(i), $"第{i}次修改");
        }

        Assert.Equal([1, 2, 3, 4, 5], item.Versions.Select(v => v.Number));
        Assert.Equal(["关于做好残疾人证办理工作的通知", "第2版", "第3版", "第4版", "第5版"], item.Versions.Select(v => v.Snapshot.Metadata.Title));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("under review")]
    [InlineData("withdrawn")]
    public void Only_a_published_item_can_be_revised(string state)
    {
        var item = InState(state);
        var versions = item.Versions.Count;

        var error = Assert.Throws<InvalidOperationException>(() => item.PublishRevision(Metadata with { Title = "新标题" }, TestItems.Revised, "修改"));

        Assert.Equal("只有已发布的信息可以发布新版本。", error.Message);
        Assert.Equal(versions, item.Versions.Count);
        Assert.Equal(Metadata.Title, item.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000\n")]
    public void A_revision_needs_a_note(string note)
    {
        var item = TestItems.PublishedItem();

        var error = Assert.Throws<InvalidOperationException>(() => item.PublishRevision(Metadata with { Title = "新标题" }, TestItems.Revised, note));

        Assert.Equal("发布新版本须说明修改内容。", error.Message);
        Assert.Single(item.Versions);
        Assert.Equal(Metadata.Title, item.Title);
    }

    [Fact]
    public void An_invalid_revision_changes_nothing()
    {
        var item = TestItems.PublishedItem();
        var revision = item.Revision;

        Assert.Throws<InvalidOperationException>(() => item.PublishRevision(Metadata with { Title = "" }, TestItems.Revised, "修改"));

        Assert.Single(item.Versions);
        Assert.Equal(Metadata.Title, item.Title);
        Assert.Equal(revision, item.Revision);
        Assert.Equal(TestItems.Published, item.UpdatedAt);
    }

    [Fact]
    public void A_snapshot_freezes_the_channels_and_attachments_of_its_time()
    {
        var item = TestItems.Draft();
        item.RecordChannel(Channel.NoticeBoard, new DateOnly(2025, 3, 3));
        item.AddAttachment(new Attachment("名单.pdf", "application/pdf", 1234, "2025/03/a.pdf", new string('0', 64), TestItems.Created));
        item.Publish(TestItems.Index(), TestItems.Published);

        item.RecordChannel(Channel.GovernmentWebsite, new DateOnly(2025, 4, 1));
        item.AddAttachment(new Attachment("补充.xlsx", "application/vnd.ms-excel", 99, "2025/04/b.xlsx", new string('1', 64), TestItems.Revised));
        item.PublishRevision(Metadata, TestItems.Revised, "补充附件");

        var first = item.Versions[0].Snapshot;
        var second = item.Versions[1].Snapshot;
        var channel = Assert.Single(first.Channels);
        Assert.Equal(Channel.NoticeBoard, channel.Channel);
        Assert.Equal(new DateOnly(2025, 3, 3), channel.PublishedOn);
        Assert.Equal("名单.pdf", Assert.Single(first.Attachments).FileName);
        Assert.Equal(1234, first.Attachments[0].Length);
        Assert.Equal([Channel.GovernmentWebsite, Channel.NoticeBoard], second.Channels.Select(c => c.Channel));
        Assert.Equal(["名单.pdf", "补充.xlsx"], second.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public void A_snapshot_does_not_change_when_the_item_changes_later()
    {
        var item = TestItems.PublishedItem();
        var json = item.Versions[0].SnapshotJson;

        item.RecordChannel(Channel.GovernmentWebsite, new DateOnly(2025, 4, 1));
        item.PublishRevision(Metadata with { Title = "新标题" }, TestItems.Revised, "修改");
        item.Withdraw(WithdrawalReason.Superseded, "被替代", TestItems.Withdrawn);

        Assert.Equal(json, item.Versions[0].SnapshotJson);
        Assert.Empty(item.Versions[0].Snapshot.Channels);
    }

    [Fact]
    public void Snapshots_store_chinese_text_and_enum_names_readably()
    {
        var item = TestItems.PublishedItem();

        var json = item.Versions[0].SnapshotJson;

        Assert.Contains("关于做好残疾人证办理工作的通知", json, StringComparison.Ordinal);
        Assert.Contains("\"Proactive\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_have_no_public_setters_or_constructors()
    {
        var properties = typeof(ItemVersion).GetProperties(BindingFlags.Instance | BindingFlags.Public);

        Assert.NotEmpty(properties);
        Assert.All(properties, p => Assert.True(p.SetMethod is null || !p.SetMethod.IsPublic, $"{p.Name} has a public setter"));
        Assert.Empty(typeof(ItemVersion).GetConstructors(BindingFlags.Instance | BindingFlags.Public));
        Assert.Empty(typeof(ItemVersion).GetFields(BindingFlags.Instance | BindingFlags.Public));
    }

    // ---- Withdrawal ----

    [Fact]
    public void Withdrawing_records_the_reason_explanation_and_date()
    {
        var item = TestItems.PublishedItem();

        item.Withdraw(WithdrawalReason.PrivacyConcern, "  含有身份证号码  ", TestItems.Withdrawn);

        Assert.Equal(ItemStatus.Withdrawn, item.Status);
        Assert.Equal(WithdrawalReason.PrivacyConcern, item.WithdrawalReason);
        Assert.Equal("含有身份证号码", item.WithdrawalExplanation);
        Assert.Equal(TestItems.Withdrawn, item.WithdrawnAt);
        Assert.Equal(TestItems.Withdrawn, item.UpdatedAt);
        Assert.Equal(TestItems.Published, item.PublishedAt);
        Assert.Single(item.Versions);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("under review")]
    [InlineData("withdrawn")]
    public void Only_a_published_item_can_be_withdrawn(string state)
    {
        var item = InState(state);

        var error = Assert.Throws<InvalidOperationException>(() => item.Withdraw(WithdrawalReason.ContentError, "理由", TestItems.Revised));

        Assert.Equal("只有已发布的信息可以撤回。", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\u3000")]
    public void Withdrawing_needs_an_explanation(string explanation)
    {
        var item = TestItems.PublishedItem();

        var error = Assert.Throws<InvalidOperationException>(() => item.Withdraw(WithdrawalReason.ContentError, explanation, TestItems.Withdrawn));

        Assert.Equal("撤回必须写明理由。", error.Message);
        Assert.Equal(ItemStatus.Published, item.Status);
        Assert.Null(item.WithdrawalReason);
        Assert.Null(item.WithdrawnAt);
    }

    [Fact]
    public void A_withdrawn_item_takes_no_attachments()
    {
        var item = TestItems.WithdrawnItem();

        var error = Assert.Throws<InvalidOperationException>(() =>
            item.AddAttachment(new Attachment("a.pdf", "application/pdf", 1, "k", "h", TestItems.Revised)));

        Assert.Equal("已撤回的信息不能添加附件。", error.Message);
        Assert.Empty(item.Attachments);
    }

    // ---- Channels ----

    [Fact]
    public void Channels_are_recorded_with_their_dates()
    {
        var item = TestItems.Draft();

        item.RecordChannel(Channel.GovernmentWebsite, new DateOnly(2025, 3, 3));
        item.RecordChannel(Channel.NoticeBoard, new DateOnly(2025, 3, 4));

        Assert.Collection(item.Channels,
            c => Assert.Equal((Channel.GovernmentWebsite, new DateOnly(2025, 3, 3)), (c.Channel, c.PublishedOn)),
            c => Assert.Equal((Channel.NoticeBoard, new DateOnly(2025, 3, 4)), (c.Channel, c.PublishedOn)));
    }

    [Fact]
    public void Recording_the_same_channel_again_replaces_its_date()
    {
        var item = TestItems.Draft();
        item.RecordChannel(Channel.NoticeBoard, new DateOnly(2025, 3, 3));

        item.RecordChannel(Channel.NoticeBoard, new DateOnly(2025, 3, 10));

        var channel = Assert.Single(item.Channels);
        Assert.Equal(new DateOnly(2025, 3, 10), channel.PublishedOn);
    }

    // ---- Revision counter ----

    [Fact]
    public void Every_change_increments_the_revision()
    {
        var item = TestItems.Draft();
        var seen = new List<int> { item.Revision };

        item.EditDraft(Metadata with { Title = "改" }, TestItems.Created);
        seen.Add(item.Revision);
        item.RecordChannel(Channel.GovernmentWebsite, new DateOnly(2025, 3, 3));
        seen.Add(item.Revision);
        item.AddAttachment(new Attachment("a.pdf", "application/pdf", 1, "k", "h", TestItems.Created));
        seen.Add(item.Revision);
        item.SubmitForReview(TestItems.Submitted);
        seen.Add(item.Revision);
        item.Publish(TestItems.Index(), TestItems.Published);
        seen.Add(item.Revision);
        item.PublishRevision(Metadata, TestItems.Revised, "修改");
        seen.Add(item.Revision);
        item.Withdraw(WithdrawalReason.Other, "理由", TestItems.Withdrawn);
        seen.Add(item.Revision);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], seen);
    }

    [Fact]
    public void A_refused_move_does_not_increment_the_revision()
    {
        var item = TestItems.Draft();

        Assert.Throws<InvalidOperationException>(() => item.Withdraw(WithdrawalReason.Other, "理由", TestItems.Withdrawn));
        Assert.Throws<InvalidOperationException>(() => item.PublishRevision(Metadata, TestItems.Revised, "修改"));

        Assert.Equal(0, item.Revision);
    }
}

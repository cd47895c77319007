using Gongkai.Items;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Tests.Items;
using static Gongkai.Tests.Review.TestProposals;

namespace Gongkai.Tests.Review;

/// <summary>Scheduling an approved proposal and applying it to its item: first publication or a new version.</summary>
public class ProposalPublishingTests
{
    private const string NotDue = "该稿件尚未到发布时间。";
    private static readonly IndexNumber Index = TestItems.Index(serial: 42);

    // ---- ScheduleAt: edge cases first ----

    [Theory]
    [InlineData("editing")]
    [InlineData("rejected")]
    [InlineData("section head step")]
    [InlineData("leadership step")]
    [InlineData("published")]
    public void Only_an_approved_proposal_can_be_scheduled(string state)
    {
        var proposal = InState(state);
        var before = (proposal.PublishAt, proposal.Revision);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.ScheduleAt(Later, Decided));

        Assert.Equal("只有审批通过的稿件可以定时发布。", error.Message);
        Assert.Equal(before, (proposal.PublishAt, proposal.Revision));
    }

    [Theory]
    [InlineData(-61)]
    [InlineData(-3600)]
    [InlineData(-86400 * 365)]
    public void A_time_in_the_past_is_refused(int seconds)
    {
        var proposal = Approved();

        var error = Assert.Throws<InvalidOperationException>(() => proposal.ScheduleAt(Decided.AddSeconds(seconds), Decided));

        Assert.Equal("定时发布的时间不能早于现在。", error.Message);
        Assert.Equal(Decided, proposal.PublishAt);
    }

    [Theory]
    [InlineData(-60)] // a form sent within the minute it was filled in
    [InlineData(-1)]
    [InlineData(0)]
    public void A_time_within_the_last_minute_counts_as_now(int seconds)
    {
        var proposal = Approved();

        proposal.ScheduleAt(Decided.AddSeconds(seconds), Decided);

        Assert.Equal(Decided.AddSeconds(seconds), proposal.PublishAt);
    }

    [Fact]
    public void A_later_time_becomes_the_publication_time()
    {
        var proposal = Approved();
        var revision = proposal.Revision;

        proposal.ScheduleAt(Later, Decided);

        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal(Later, proposal.PublishAt);
        Assert.Equal(Decided, proposal.UpdatedAt);
        Assert.Equal(revision + 1, proposal.Revision);
    }

    [Fact]
    public void The_time_is_compared_as_an_instant_whatever_the_offset()
    {
        var proposal = Approved();
        var sameInstantInBeijing = Decided.ToOffset(TimeSpan.FromHours(8)).AddHours(1);

        proposal.ScheduleAt(sameInstantInBeijing, Decided);

        Assert.Equal(Decided.AddHours(1), proposal.PublishAt);
    }

    [Fact]
    public void A_schedule_can_be_moved_again()
    {
        var proposal = Approved();
        proposal.ScheduleAt(Later, Decided);

        proposal.ScheduleAt(Later.AddDays(1), Decided.AddHours(1));

        Assert.Equal(Later.AddDays(1), proposal.PublishAt);
    }

    // ---- PublishTo: edge cases first ----

    [Theory]
    [InlineData("editing")]
    [InlineData("rejected")]
    [InlineData("section head step")]
    [InlineData("confidentiality step")]
    [InlineData("leadership step")]
    [InlineData("published")]
    public void Only_an_approved_proposal_can_be_published(string state)
    {
        var proposal = InState(state);
        var versions = proposal.Item.Versions.Count;

        var error = Assert.Throws<InvalidOperationException>(() => proposal.PublishTo(Index, Later));

        Assert.Equal(NotDue, error.Message);
        Assert.Equal(versions, proposal.Item.Versions.Count);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-3600)]
    public void Publishing_before_the_scheduled_time_is_refused(int seconds)
    {
        var proposal = Approved();
        proposal.ScheduleAt(Later, Decided);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.PublishTo(Index, Later.AddSeconds(seconds)));

        Assert.Equal(NotDue, error.Message);
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal(ItemStatus.Draft, proposal.Item.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(86400)]
    public void Publishing_at_or_after_the_scheduled_time_goes_ahead(int seconds)
    {
        var proposal = Approved();
        proposal.ScheduleAt(Later, Decided);

        proposal.PublishTo(Index, Later.AddSeconds(seconds));

        Assert.Equal(ProposalStatus.Published, proposal.Status);
    }

    [Fact]
    public void A_first_publication_needs_an_index_number()
    {
        var proposal = Approved();

        var error = Assert.Throws<InvalidOperationException>(() => proposal.PublishTo(null, Decided));

        Assert.Equal("首次发布需要索引号。", error.Message);
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal(ItemStatus.Draft, proposal.Item.Status);
        Assert.Empty(proposal.Item.Versions);
    }

    // ---- New items ----

    [Fact]
    public void A_new_item_is_published_with_the_approved_text_and_its_index_number_as_version_1()
    {
        var proposal = NewItem();
        var approved = Metadata("关于做好残疾人证办理工作的通知（送审稿）") with { Summary = "办理条件、材料和地址。" };
        proposal.Edit(approved, DrafterId, Edited);
        Approved(proposal: proposal);
        var item = proposal.Item;

        proposal.PublishTo(Index, Later);

        Assert.Equal(ProposalStatus.Published, proposal.Status);
        Assert.Equal(ItemStatus.Published, item.Status);
        Assert.Equal(approved, item.Metadata);
        Assert.Equal(Index.Text, item.IndexNumber);
        Assert.Equal(Index.Year, item.IndexYear);
        Assert.Equal(Index.Serial, item.IndexSerial);
        Assert.Equal(Later, item.PublishedAt);
        var version = Assert.Single(item.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(Later, version.PublishedAt);
        Assert.Equal("首次发布", version.Note);
        Assert.Equal(approved, version.Snapshot.Metadata);
        Assert.Equal(Later, proposal.UpdatedAt);
    }

    [Fact]
    public void The_text_masked_in_review_is_what_gets_published()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var masked = proposal.Metadata with { BodyHtml = "<p>联系电话：138****8000</p>" };
        proposal.ReplaceDuringReview(masked, ConfidentialityId, Decided);
        Approve(proposal);
        Approve(proposal);

        proposal.PublishTo(Index, Decided);

        Assert.Equal("<p>联系电话：138****8000</p>", proposal.Item.BodyHtml);
    }

    [Fact]
    public void The_draft_item_stays_unpublished_until_the_proposal_is_published()
    {
        var proposal = Approved();
        proposal.ScheduleAt(Later, Decided);

        Assert.Equal(ItemStatus.Draft, proposal.Item.Status);
        Assert.Null(proposal.Item.PublishedAt);
    }

    [Fact]
    public void A_published_proposal_cannot_be_published_again()
    {
        var proposal = Published();

        Assert.Throws<InvalidOperationException>(() => proposal.PublishTo(TestItems.Index(serial: 43), Later));

        Assert.Single(proposal.Item.Versions);
        Assert.Equal(TestItems.Index().Text, proposal.Item.IndexNumber);
    }

    // ---- Revisions ----

    [Fact]
    public void A_revision_becomes_the_next_version_with_the_proposals_note()
    {
        var proposal = Revision(title: "关于做好残疾人证办理工作的通知（修订）", note: "更正办理地址");
        var item = proposal.Item;
        var firstPublished = item.PublishedAt;
        var index = item.IndexNumber;
        Approved(proposal: proposal);

        proposal.PublishTo(null, Later);

        Assert.Equal(ProposalStatus.Published, proposal.Status);
        Assert.Equal(ItemStatus.Published, item.Status);
        Assert.Equal(2, item.CurrentVersionNumber);
        var version = item.Versions.Single(v => v.Number == 2);
        Assert.Equal("更正办理地址", version.Note);
        Assert.Equal(Later, version.PublishedAt);
        Assert.Equal("关于做好残疾人证办理工作的通知（修订）", version.Snapshot.Metadata.Title);
        Assert.Equal("关于做好残疾人证办理工作的通知（修订）", item.Title);
        Assert.Equal(Later, item.UpdatedAt);
        Assert.Equal(firstPublished, item.PublishedAt); // 发布日期 stays the first publication
        Assert.Equal(index, item.IndexNumber); // an index number is given once
    }

    [Fact]
    public void A_revision_updates_every_public_field()
    {
        var changed = Metadata("新标题") with
        {
            Summary = "新的内容概述",
            Keywords = "残疾人证 办理",
            Genre = "通知",
            SubjectClass = "社会保障",
            DocumentNumber = "市残联发〔2025〕4号",
            BodyHtml = "<p>新的正文</p>",
            Timeliness = Timeliness.Standing,
        };
        var proposal = Proposal.ForRevision(PublishedItem(), changed, "全文修订", DrafterId, Opened);
        Approved(proposal: proposal);

        proposal.PublishTo(null, Later);

        Assert.Equal(changed, proposal.Item.Metadata);
    }

    [Fact]
    public void An_index_number_given_for_a_revision_is_ignored()
    {
        var proposal = Revision();
        var index = proposal.Item.IndexNumber;
        Approved(proposal: proposal);

        proposal.PublishTo(TestItems.Index(serial: 99), Later);

        Assert.Equal(index, proposal.Item.IndexNumber);
    }

    [Fact]
    public void The_public_keeps_seeing_the_old_version_until_the_revision_is_published()
    {
        var proposal = Revision(title: "新标题");
        var old = proposal.Item.Metadata;

        Approved(proposal: proposal);

        Assert.Equal(old, proposal.Item.Metadata);
        Assert.Single(proposal.Item.Versions);
    }

    [Fact]
    public void A_revision_of_an_item_withdrawn_meanwhile_cannot_be_published()
    {
        var proposal = Revision();
        Approved(proposal: proposal);
        proposal.Item.Withdraw(WithdrawalReason.Superseded, "已被新文件替代", Decided);

        Assert.Throws<InvalidOperationException>(() => proposal.PublishTo(null, Later));

        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal(ItemStatus.Withdrawn, proposal.Item.Status);
    }
}

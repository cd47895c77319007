using Gongkai.Items;

namespace Gongkai.Tests.Items;

/// <summary>
/// The files of an item through a revision: added ones wait as proposed, removals wait as marks,
/// and publishing the revision applies both and freezes the new set in the next version.
/// </summary>
public class RevisionAttachmentRulesTests
{
    private static readonly ItemMetadata Metadata = TestItems.Metadata();

    private static Attachment File(string name) => new(name, "application/pdf", 100, $"2025/03/{name}", new string('a', 64), TestItems.Created);

    /// <summary>A published item whose first version lists 名单.pdf.</summary>
    private static (DisclosureItem Item, Attachment Listed) PublishedWithFile()
    {
        var item = TestItems.Draft();
        var listed = File("名单.pdf");
        item.AddAttachment(listed);
        item.Publish(TestItems.Index(), TestItems.Published);
        return (item, listed);
    }

    // ---- Edge cases first: what may not be marked or dropped ----

    [Fact]
    public void A_draft_cannot_mark_files_for_removal()
    {
        var item = TestItems.Draft();
        var file = File("a.pdf");
        item.AddAttachment(file);

        var error = Assert.Throws<InvalidOperationException>(() => item.ProposeRemoval(file));

        Assert.Equal("只有修订已发布的信息时才能删除附件。", error.Message);
        Assert.False(file.RemovalProposed);
    }

    [Fact]
    public void A_withdrawn_item_cannot_mark_files_for_removal()
    {
        var (item, listed) = PublishedWithFile();
        item.Withdraw(WithdrawalReason.ContentError, "数据有误", TestItems.Withdrawn);

        Assert.Throws<InvalidOperationException>(() => item.ProposeRemoval(listed));
        Assert.False(listed.RemovalProposed);
    }

    [Fact]
    public void A_file_of_another_item_cannot_be_marked_or_dropped()
    {
        var (item, _) = PublishedWithFile();
        var (other, foreign) = PublishedWithFile();
        var proposedElsewhere = File("别处.pdf");
        other.AddAttachment(proposedElsewhere);

        Assert.Equal("只能删除现行版本列出的附件。", Assert.Throws<InvalidOperationException>(() => item.ProposeRemoval(foreign)).Message);
        Assert.Equal("只能撤下本次修订新增、尚未发布的附件。", Assert.Throws<InvalidOperationException>(() => item.DiscardProposedAttachment(proposedElsewhere)).Message);
        Assert.False(foreign.RemovalProposed);
        Assert.Contains(proposedElsewhere, other.Attachments);
    }

    [Fact]
    public void A_proposed_file_is_dropped_not_marked_for_removal()
    {
        var (item, _) = PublishedWithFile();
        var added = File("补充.pdf");
        item.AddAttachment(added);

        var error = Assert.Throws<InvalidOperationException>(() => item.ProposeRemoval(added));

        Assert.Equal("只能删除现行版本列出的附件。", error.Message);
    }

    [Fact]
    public void A_listed_file_cannot_be_dropped_only_marked_for_removal()
    {
        var (item, listed) = PublishedWithFile();

        var error = Assert.Throws<InvalidOperationException>(() => item.DiscardProposedAttachment(listed));

        Assert.Equal("只能撤下本次修订新增、尚未发布的附件。", error.Message);
        Assert.Contains(listed, item.ListedAttachments);
    }

    [Fact]
    public void A_removed_file_cannot_be_marked_again()
    {
        var (item, listed) = PublishedWithFile();
        item.ProposeRemoval(listed);
        item.PublishRevision(Metadata, TestItems.Revised, "删除名单");

        Assert.Throws<InvalidOperationException>(() => item.ProposeRemoval(listed));
        Assert.Throws<InvalidOperationException>(() => item.KeepAttachment(listed));
    }

    // ---- Adding ----

    [Fact]
    public void A_file_added_to_a_draft_is_listed_at_once()
    {
        var item = TestItems.Draft();
        var file = File("a.pdf");

        item.AddAttachment(file);

        Assert.Equal(AttachmentStatus.Listed, file.Status);
        Assert.Equal([file], item.ListedAttachments);
        Assert.Empty(item.ProposedAttachments);
    }

    [Fact]
    public void A_file_added_to_a_published_item_waits_as_proposed()
    {
        var (item, listed) = PublishedWithFile();
        var added = File("补充.pdf");

        item.AddAttachment(added);

        Assert.Equal(AttachmentStatus.Proposed, added.Status);
        Assert.Equal([listed], item.ListedAttachments);
        Assert.Equal([added], item.ProposedAttachments);
        Assert.Equal(["名单.pdf"], item.Versions.Single().Snapshot.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public void Publishing_the_revision_lists_the_added_file_and_the_new_version_holds_both()
    {
        var (item, listed) = PublishedWithFile();
        var added = File("补充.pdf");
        item.AddAttachment(added);

        item.PublishRevision(Metadata, TestItems.Revised, "补充名单");

        Assert.Equal(AttachmentStatus.Listed, added.Status);
        Assert.Equal([listed, added], item.ListedAttachments);
        Assert.Equal(["名单.pdf"], item.Versions[0].Snapshot.Attachments.Select(a => a.FileName));
        Assert.Equal(["名单.pdf", "补充.pdf"], item.Versions[1].Snapshot.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public void A_dropped_proposed_file_leaves_the_item_and_the_next_version()
    {
        var (item, _) = PublishedWithFile();
        var added = File("补充.pdf");
        item.AddAttachment(added);

        item.DiscardProposedAttachment(added);
        item.PublishRevision(Metadata, TestItems.Revised, "改正文");

        Assert.DoesNotContain(added, item.Attachments);
        Assert.Equal(["名单.pdf"], item.Versions[1].Snapshot.Attachments.Select(a => a.FileName));
    }

    // ---- Removing ----

    [Fact]
    public void A_file_marked_for_removal_stays_listed_until_the_revision_is_published()
    {
        var (item, listed) = PublishedWithFile();

        item.ProposeRemoval(listed);

        Assert.True(listed.RemovalProposed);
        Assert.Equal(AttachmentStatus.Listed, listed.Status);
        Assert.Equal([listed], item.ListedAttachments);
        Assert.Null(listed.RemovedAt);
    }

    [Fact]
    public void Publishing_the_revision_removes_the_marked_file_and_the_earlier_version_keeps_it()
    {
        var (item, listed) = PublishedWithFile();
        var kept = File("保留.pdf");
        item.AddAttachment(kept);
        item.PublishRevision(Metadata, TestItems.Revised, "补充");
        item.ProposeRemoval(listed);

        item.PublishRevision(Metadata, TestItems.Withdrawn, "删除名单");

        Assert.Equal(AttachmentStatus.Removed, listed.Status);
        Assert.Equal(TestItems.Withdrawn, listed.RemovedAt);
        Assert.False(listed.RemovalProposed);
        Assert.Equal([kept], item.ListedAttachments);
        Assert.Contains(listed, item.Attachments); // kept for staff and the audit
        Assert.Equal(["名单.pdf", "保留.pdf"], item.Versions[1].Snapshot.Attachments.Select(a => a.FileName));
        Assert.Equal(["保留.pdf"], item.Versions[2].Snapshot.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public void Keeping_a_marked_file_takes_the_mark_back()
    {
        var (item, listed) = PublishedWithFile();
        item.ProposeRemoval(listed);

        item.KeepAttachment(listed);
        item.PublishRevision(Metadata, TestItems.Revised, "改正文");

        Assert.False(listed.RemovalProposed);
        Assert.Equal(AttachmentStatus.Listed, listed.Status);
        Assert.Equal(["名单.pdf"], item.Versions[1].Snapshot.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public void Withdrawing_leaves_proposed_changes_unpublished()
    {
        var (item, listed) = PublishedWithFile();
        var added = File("补充.pdf");
        item.AddAttachment(added);
        item.ProposeRemoval(listed);

        item.Withdraw(WithdrawalReason.ContentError, "数据有误", TestItems.Withdrawn);

        Assert.Equal(AttachmentStatus.Proposed, added.Status);
        Assert.Equal(AttachmentStatus.Listed, listed.Status);
    }

    // ---- What the open proposal would publish ----

    public static TheoryData<string, bool> AfterProposal => new()
    {
        { "listed", true },
        { "listed, marked for removal", false },
        { "proposed", true },
        { "removed", false },
    };

    [Theory]
    [MemberData(nameof(AfterProposal))]
    public void Listed_after_proposal_is_what_the_revision_would_publish(string state, bool listedAfter)
    {
        var (item, listed) = PublishedWithFile();
        var file = listed;
        switch (state)
        {
            case "listed, marked for removal":
                item.ProposeRemoval(listed);
                break;
            case "proposed":
                file = File("补充.pdf");
                item.AddAttachment(file);
                break;
            case "removed":
                item.ProposeRemoval(listed);
                item.PublishRevision(Metadata, TestItems.Revised, "删除");
                break;
        }

        Assert.Equal(listedAfter, file.ListedAfterProposal);
    }

    [Fact]
    public void Every_file_change_increments_the_item_revision()
    {
        var (item, listed) = PublishedWithFile();
        var added = File("补充.pdf");
        var seen = new List<int> { item.Revision };

        item.AddAttachment(added);
        seen.Add(item.Revision);
        item.ProposeRemoval(listed);
        seen.Add(item.Revision);
        item.KeepAttachment(listed);
        seen.Add(item.Revision);
        item.DiscardProposedAttachment(added);
        seen.Add(item.Revision);

        Assert.Equal(seen.Distinct().Order(), seen);
    }
}

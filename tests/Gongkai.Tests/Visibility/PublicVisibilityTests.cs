using Gongkai.Bodies;
using Gongkai.Items;
using Gongkai.Tests.Items;
using Gongkai.Visibility;

namespace Gongkai.Tests.Visibility;

/// <summary>
/// The visibility rule over in-memory items. Entities built in memory all have id 0 and the
/// item's <c>BodyId</c> foreign key is only filled in by EF Core, so <see cref="Item"/> gives
/// the body a distinct id (<see cref="OurBodyId"/>) and copies it into the item's
/// <c>BodyId</c> by reflection, as EF would on save or load. No viewer in these tests is staff
/// of body 0, so an accidental id 0 cannot make an item visible.
/// </summary>
public class PublicVisibilityTests
{
    private const int OurBodyId = 7;
    private const int OtherBodyId = 8;

    private static readonly Viewer Public = Viewer.Anonymous;
    private static readonly Viewer OurStaff = new([OurBodyId]);
    private static readonly Viewer OtherStaff = new([OtherBodyId]);
    private static readonly Viewer StaffOfBoth = new([OtherBodyId, OurBodyId]);

    private static readonly Dictionary<string, Viewer> Viewers = new()
    {
        ["the public"] = Public,
        ["our staff"] = OurStaff,
        ["another body's staff"] = OtherStaff,
        ["staff of both bodies"] = StaffOfBoth,
    };

    private static readonly ItemMetadata StaffOnly = TestItems.Metadata() with { Audience = Audience.SpecificGroup, AudienceGroup = "本会职工" };
    private static readonly ItemMetadata OnApplication = TestItems.Metadata() with { Attribute = DisclosureAttribute.OnApplication };
    private static readonly ItemMetadata Withheld = TestItems.Metadata() with
    {
        Attribute = DisclosureAttribute.Withheld,
        WithholdingGround = WithholdingGround.ProcessInformation,
        NextReviewOn = new DateOnly(2026, 1, 1),
    };

    /// <summary>Builds an item for body <see cref="OurBodyId"/> in the named state.</summary>
    private static DisclosureItem Item(string state, ItemMetadata? metadata = null) => TestItems.InState(state, OurBodyId, metadata);

    private static readonly Dictionary<string, DisclosureItem> Hidden = new()
    {
        ["draft"] = Item("draft"),
        ["under review"] = Item("under review"),
        ["withdrawn"] = Item("withdrawn"),
        ["published on application"] = Item("published", OnApplication),
        ["published withheld"] = Item("published", Withheld),
        ["draft withheld"] = Item("draft", Withheld),
        ["staff-only draft"] = Item("draft", StaffOnly),
        ["staff-only under review"] = Item("under review", StaffOnly),
        ["staff-only withdrawn"] = Item("withdrawn", StaffOnly),
        ["staff-only on application"] = Item("published", StaffOnly with { Attribute = DisclosureAttribute.OnApplication }),
    };

    public static TheoryData<string, string> HiddenFromEveryone()
    {
        var data = new TheoryData<string, string>();
        foreach (var item in Hidden.Keys)
        {
            foreach (var viewer in Viewers.Keys)
            {
                data.Add(item, viewer);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HiddenFromEveryone))]
    public void Unpublished_or_not_proactive_items_are_hidden_from_everyone_including_staff(string item, string viewer)
    {
        Assert.False(Hidden[item].IsVisibleTo(Viewers[viewer]));
        Assert.False(PublicVisibility.Rule(Viewers[viewer]).Compile()(Hidden[item]));
    }

    public static TheoryData<string> AllViewers => [.. Viewers.Keys];

    [Theory]
    [MemberData(nameof(AllViewers))]
    public void A_published_proactive_public_item_is_visible_to_everyone(string viewer)
    {
        var item = Item("published");

        Assert.True(item.IsVisibleTo(Viewers[viewer]));
        Assert.True(PublicVisibility.Rule(Viewers[viewer]).Compile()(item));
    }

    [Theory]
    [InlineData("the public", false)]
    [InlineData("another body's staff", false)]
    [InlineData("our staff", true)]
    [InlineData("staff of both bodies", true)]
    public void A_staff_only_item_is_visible_only_to_staff_of_its_body(string viewer, bool visible)
    {
        var item = Item("published", StaffOnly);

        Assert.Equal(visible, item.IsVisibleTo(Viewers[viewer]));
        Assert.Equal(visible, PublicVisibility.Rule(Viewers[viewer]).Compile()(item));
    }

    [Fact]
    public void A_revised_item_stays_visible()
    {
        var item = Item("published");
        item.PublishRevision(TestItems.Metadata() with { Title = "新标题" }, TestItems.Revised, "修改");

        Assert.True(item.IsVisibleTo(Public));
    }

    [Fact]
    public void Revising_a_public_item_to_staff_only_hides_it_from_the_public()
    {
        var item = Item("published");

        item.PublishRevision(StaffOnly, TestItems.Revised, "改为仅对内公开");

        Assert.False(item.IsVisibleTo(Public));
        Assert.True(item.IsVisibleTo(OurStaff));
    }

    [Fact]
    public void Visible_to_filters_a_list_of_items()
    {
        var items = new[]
        {
            Item("published"),
            Item("draft"),
            Item("published", StaffOnly),
            Item("withdrawn"),
            Item("published", OnApplication),
        };

        Assert.Single(items.AsQueryable().VisibleTo(Public));
        Assert.Equal(2, items.AsQueryable().VisibleTo(OurStaff).Count());
        Assert.Single(items.AsQueryable().VisibleTo(OtherStaff));
    }

    // ---- Attachments of a visible item ----

    /// <summary>A file of a published item in the named state: listed, marked for removal, proposed by a revision, or removed by one.</summary>
    private static Attachment File(string state)
    {
        var item = Item("draft");
        var file = new Attachment("名单.pdf", "application/pdf", 100, "k", new string('a', 64), TestItems.Created);
        var proposed = state == "proposed by a revision under way";
        if (!proposed)
        {
            item.AddAttachment(file);
        }
        item.Publish(TestItems.Index(), TestItems.Published);
        if (proposed)
        {
            item.AddAttachment(file);
        }
        if (state is "marked for removal" or "removed")
        {
            item.ProposeRemoval(file);
        }
        if (state is "removed")
        {
            item.PublishRevision(TestItems.Metadata(), TestItems.Revised, "删除名单");
        }
        return file;
    }

    [Theory]
    [InlineData("listed", true)]
    [InlineData("marked for removal", true)] // until the revision is published
    [InlineData("proposed by a revision under way", false)]
    [InlineData("removed", false)]
    public void Only_the_files_an_item_lists_now_are_public(string state, bool visible)
    {
        Assert.Equal(visible, PublicVisibility.AttachmentRule.Compile()(File(state)));
    }

    [Fact]
    public void A_proposed_file_becomes_public_when_its_revision_is_published()
    {
        var item = Item("published");
        var file = new Attachment("补充.pdf", "application/pdf", 100, "k", new string('a', 64), TestItems.Created);
        item.AddAttachment(file);
        var rule = PublicVisibility.AttachmentRule.Compile();
        Assert.False(rule(file));

        item.PublishRevision(TestItems.Metadata(), TestItems.Revised, "补充名单");

        Assert.True(rule(file));
    }

    // ---- Withdrawal notice ----

    [Fact]
    public void A_withdrawn_public_proactive_item_shows_the_withdrawal_notice()
    {
        Assert.True(Item("withdrawn").ShowsWithdrawalNotice());
    }

    private static readonly Dictionary<string, DisclosureItem> NoNotice = new()
    {
        ["draft"] = Item("draft"),
        ["under review"] = Item("under review"),
        ["published"] = Item("published"),
        ["withdrawn staff-only"] = Item("withdrawn", StaffOnly),
        ["withdrawn on application"] = Item("withdrawn", OnApplication),
        ["withdrawn withheld"] = Item("withdrawn", Withheld),
        ["published withheld"] = Item("published", Withheld),
    };

    public static TheoryData<string> NoNoticeCases => [.. NoNotice.Keys];

    [Theory]
    [MemberData(nameof(NoNoticeCases))]
    public void Other_items_show_no_withdrawal_notice(string item)
    {
        Assert.False(NoNotice[item].ShowsWithdrawalNotice());
    }

    [Fact]
    public void The_withdrawal_notice_is_not_a_way_round_visibility()
    {
        var item = Item("withdrawn");

        Assert.True(item.ShowsWithdrawalNotice());
        Assert.False(item.IsVisibleTo(OurStaff));
    }

    [Fact]
    public void Bodies_built_in_memory_have_id_zero_and_items_have_no_body_id_until_saved()
    {
        // Why the builders above set ids: without them every body is body 0.
        var item = TestItems.Draft(TestItems.Body());

        Assert.Equal(0, item.Body.Id);
        Assert.Equal(0, item.BodyId);
        Assert.Equal(0, new Body("x", "c", "n", BodyType.Village).Id);
    }
}

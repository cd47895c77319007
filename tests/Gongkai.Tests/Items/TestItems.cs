using System.Reflection;
using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Tests.Items;

/// <summary>
/// Small builders for in-memory items: a body, a category, valid metadata and items in each
/// state. Nothing here touches a database.
/// </summary>
internal static class TestItems
{
    public static readonly DateTimeOffset Created = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Submitted = new(2025, 3, 2, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Published = new(2025, 3, 3, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Revised = new(2025, 4, 1, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Withdrawn = new(2025, 5, 1, 2, 0, 0, TimeSpan.Zero);

    public static Body Body(string slug = "canlian", string code = "014523671", string name = "某市残疾人联合会",
        BodyType type = BodyType.GovernmentDepartment) => new(slug, code, name, type);

    public static CatalogueCategory Category(Body body, string name = "规范性文件") => new(body, name);

    public static ItemMetadata Metadata(string title = "关于做好残疾人证办理工作的通知") => new()
    {
        Title = title,
        IssuingBody = "某市残疾人联合会",
        CreatedOn = new DateOnly(2025, 2, 20),
        DocumentNumber = "市残联发〔2025〕3号",
        BodyHtml = "<p>正文</p>",
    };

    public static DisclosureItem Draft(Body? body = null, ItemMetadata? metadata = null)
    {
        body ??= Body();
        return new DisclosureItem(body, Category(body), metadata ?? Metadata(), Created);
    }

    public static IndexNumber Index(int serial = 1, int year = 2025) => new($"014523671/{year}-{serial:D5}", year, serial);

    public static DisclosureItem PublishedItem(Body? body = null, ItemMetadata? metadata = null)
    {
        var item = Draft(body, metadata);
        item.Publish(Index(), Published);
        return item;
    }

    public static DisclosureItem WithdrawnItem(Body? body = null, ItemMetadata? metadata = null)
    {
        var item = PublishedItem(body, metadata);
        item.Withdraw(WithdrawalReason.ContentError, "数据有误", Withdrawn);
        return item;
    }

    /// <summary>
    /// An item of a body with id <paramref name="bodyId"/> (copied into the item) in the named state:
    /// "draft", "under review", "published" or "withdrawn".
    /// </summary>
    public static DisclosureItem InState(string state, int bodyId, ItemMetadata? metadata = null)
    {
        var body = Body().WithId(bodyId);
        var item = Draft(body, metadata).WithKey(nameof(DisclosureItem.BodyId), bodyId);
        if (state is "under review")
        {
            item.SubmitForReview(Submitted);
        }
        if (state is "published" or "withdrawn")
        {
            item.Publish(Index(), Published);
        }
        if (state is "withdrawn")
        {
            item.Withdraw(WithdrawalReason.ContentError, "数据有误", Withdrawn);
        }
        return item;
    }

    /// <summary>
    /// Sets a property that only EF Core sets (an id or a foreign key). Entities built in memory
    /// all have id 0, so tests that distinguish bodies give them ids explicitly.
    /// </summary>
    public static T WithKey<T>(this T entity, string property, int value)
        where T : class
    {
        var info = typeof(T).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)
            ?? throw new ArgumentException($"{typeof(T).Name} has no property {property}.", nameof(property));
        info.SetValue(entity, value);
        return entity;
    }

    public static Body WithId(this Body body, int id) => body.WithKey(nameof(Gongkai.Bodies.Body.Id), id);
}

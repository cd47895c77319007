namespace Gongkai.Bodies;

/// <summary>The kinds of public body the platform serves (domain.md §1–§2).</summary>
public enum BodyType
{
    LocalGovernment = 1,
    GovernmentDepartment = 2,
    PublicInstitution = 3,
    Township = 4,
    Village = 5,
}

public static class BodyTypeNames
{
    public static string Chinese(this BodyType type) => type switch
    {
        BodyType.LocalGovernment => "地方人民政府",
        BodyType.GovernmentDepartment => "政府部门",
        BodyType.PublicInstitution => "公共企事业单位",
        BodyType.Township => "乡镇",
        BodyType.Village => "村（居）委会",
        _ => "其他",
    };
}

/// <summary>A public body. Bodies form a tree: city → department, county → township → village.</summary>
public class Body
{
    public const int SlugMaxLength = 64;
    public const int NameMaxLength = 128;

    private Body() { }

    public Body(string slug, string code, string name, BodyType type, Body? parent = null)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > SlugMaxLength || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException("机构地址名只能由小写字母、数字和连字符组成。", nameof(slug));
        }
        Slug = slug;
        Code = code;
        Name = name;
        ShortName = name;
        Type = type;
        Parent = parent;
    }

    public int Id { get; private set; }
    /// <summary>The readable part of the body's URLs, e.g. <c>/bodies/canlian</c>.</summary>
    public string Slug { get; private set; } = "";
    /// <summary>Organisation code; the default index-number generator starts with it.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string ShortName { get; set; } = "";
    public BodyType Type { get; private set; }
    public int? ParentId { get; private set; }
    public Body? Parent { get; private set; }
    public List<Body> Children { get; } = [];
    public int SortOrder { get; set; }
    public string? Description { get; set; }

    public BodyContacts Contacts { get; set; } = new();
    public List<ReadingRoom> ReadingRooms { get; } = [];
}

/// <summary>The disclosure office's contact details (Art. 12 requires them in the guide).</summary>
public class BodyContacts
{
    public string? OfficeName { get; set; }
    public string? Address { get; set; }
    public string? PostCode { get; set; }
    public string? OfficeHours { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }
    /// <summary>Hotline for questions, complaints and reports (举报电话).</summary>
    public string? Hotline { get; set; }
}

/// <summary>A place where the public can read disclosed information in person (查阅点).</summary>
public class ReadingRoom
{
    public int Id { get; private set; }
    public required string Name { get; set; }
    public required string Address { get; set; }
    public string? OpeningHours { get; set; }
    public string? Phone { get; set; }
}

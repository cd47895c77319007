using Gongkai.Bodies;

namespace Gongkai.Participation.Registers;

/// <summary>The registers a body keeps of people's contacts with it (the township's 两簿一线一室 and the deputies' visits).</summary>
public enum RegisterKind
{
    /// <summary>热线登记: a call to the hotline — caller, matter, handling.</summary>
    Hotline = 1,
    /// <summary>查阅室登记: a visit to the reading room — visitors and what they consulted.</summary>
    ReadingRoom = 2,
    /// <summary>代表走访: a deputy's visit to households and the opinions recorded there.</summary>
    HouseholdVisit = 3,
}

public static class RegisterKindNames
{
    public static string Chinese(this RegisterKind k) => k switch
    {
        RegisterKind.Hotline => "热线电话登记",
        RegisterKind.ReadingRoom => "查阅室登记",
        RegisterKind.HouseholdVisit => "代表走访登记",
        _ => "登记",
    };

    /// <summary>The opinion channel an opinion raised in this register came through.</summary>
    public static OpinionChannel Channel(this RegisterKind k) => k switch
    {
        RegisterKind.Hotline => OpinionChannel.Hotline,
        RegisterKind.ReadingRoom => OpinionChannel.ReadingRoom,
        _ => OpinionChannel.HouseholdVisit,
    };
}

/// <summary>
/// One line in a contact register. Any opinion raised becomes an <see cref="Opinion"/> of its own (the
/// same record as a web comment), handled by the body it is forwarded to, and is listed here.
/// </summary>
public class RegisterEntry
{
    public const int PersonMaxLength = 100;
    public const int TextMaxLength = 2000;

    private RegisterEntry() { }

    public RegisterEntry(RegisterKind kind, Body body, DateOnly on, string? person, string? phone, int? count, string matter, string? handling, string recordedBy, DateTimeOffset now)
    {
        Require(on <= Text.ChinaTime.ChinaDate(now), "登记日期不能晚于今天。");
        Require(!string.IsNullOrWhiteSpace(matter), kind switch
        {
            RegisterKind.ReadingRoom => "请填写查阅的内容。",
            RegisterKind.HouseholdVisit => "请填写走访的农户和了解的情况。",
            _ => "请填写来电事项。",
        });
        Require(matter.Trim().Length <= TextMaxLength && (handling?.Trim().Length ?? 0) <= TextMaxLength, $"每项内容不能超过 {TextMaxLength} 字。");
        Require(person is null || person.Trim().Length <= PersonMaxLength, $"姓名不能超过 {PersonMaxLength} 字。");
        Require(kind != RegisterKind.HouseholdVisit || !string.IsNullOrWhiteSpace(person), "请填写走访的代表姓名。");
        Require(count is null or (>= 1 and <= 1000), "人数或户数应为 1 至 1000。");
        Kind = kind;
        Body = body;
        BodyId = body.Id;
        On = on;
        Person = Blank(person);
        Phone = Blank(phone);
        Count = count;
        Matter = matter.Trim();
        Handling = Blank(handling);
        RecordedBy = recordedBy;
        RecordedAt = now;
    }

    public int Id { get; private set; }
    public RegisterKind Kind { get; private set; }
    public int BodyId { get; private set; }
    public Body Body { get; private set; } = null!;
    public DateOnly On { get; private set; }
    /// <summary>The caller, the visitor, or the deputy.</summary>
    public string? Person { get; private set; }
    public string? Phone { get; private set; }
    /// <summary>Visitors to the reading room, or households visited.</summary>
    public int? Count { get; private set; }
    /// <summary>The matter of the call, what was consulted, or the households and what was heard.</summary>
    public string Matter { get; private set; } = "";
    /// <summary>How it was handled there and then.</summary>
    public string? Handling { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public List<RegisterOpinion> Opinions { get; } = [];

    public void RaisedOpinion(Opinion opinion) => Opinions.Add(new RegisterOpinion(opinion));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}

/// <summary>An opinion raised in a register entry.</summary>
public class RegisterOpinion
{
    private RegisterOpinion() { }

    internal RegisterOpinion(Opinion opinion) => Opinion = opinion;

    public int Id { get; private set; }
    public int RegisterEntryId { get; private set; }
    public int OpinionId { get; private set; }
    public Opinion Opinion { get; private set; } = null!;
}

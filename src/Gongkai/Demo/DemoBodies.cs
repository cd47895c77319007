using Gongkai.Bodies;

namespace Gongkai.Demo;

public sealed partial class DemoSeeder
{
    private sealed record DemoBodies(Body City, Body Education, Body County, Body Federation, Body School, Body Township, IReadOnlyList<Body> Villages);

    private DemoBodies CreateBodies()
    {
        var city = new Body("city", "000000001", "示范市人民政府", BodyType.LocalGovernment) { ShortName = "示范市政府", SortOrder = 1 };
        city.Contacts = Contacts("示范市人民政府办公室", "示范市人民路1号", "0000-12345678", "0000-12345000");
        var federation = new Body("canlian", "014523671", "示范市残疾人联合会", BodyType.GovernmentDepartment, city) { ShortName = "市残联", SortOrder = 1 };
        federation.Contacts = Contacts("市残联办公室", "示范市和平路88号市残疾人综合服务中心二楼", "0000-12340001", "0000-12340099");
        federation.Contacts.OfficeHours = FederationOfficeHours;
        federation.Contacts.Hotline = "0000-12340012";
        federation.ReadingRooms.Add(new() { Name = "市残联政府信息公开查阅点", Address = "示范市和平路88号一楼服务大厅（设无障碍通道、盲文资料和助听设备）", OpeningHours = FederationOfficeHours, Phone = "0000-12340002" });
        var education = new Body("jiaoyuju", "014523702", "示范市教育局", BodyType.GovernmentDepartment, city) { ShortName = "市教育局", SortOrder = 2 };
        education.Contacts = Contacts("市教育局办公室", "示范市文昌路6号", "0000-12350001", null);
        var school = new Body("shiyan-xiaoxue", "52000000MB0012345K", "示范市实验小学", BodyType.PublicInstitution, education) { ShortName = "实验小学", SortOrder = 1 };
        school.Contacts = Contacts("校长室", "示范市育才路18号", "0000-12360001", null);
        school.ReadingRooms.Add(new() { Name = "校务公开栏与校务公开专用橱窗", Address = "示范市育才路18号校门口及教学楼一楼大厅", OpeningHours = "开放时间内随时查看" });
        var county = new Body("county", "000000002", "示范县人民政府", BodyType.LocalGovernment, city) { ShortName = "示范县", SortOrder = 3 };
        county.Contacts = Contacts("示范县人民政府办公室", "示范县城关镇县府路1号", "0000-22345678", null);
        var township = new Body("qinghe", "014523888", "示范县清河镇人民政府", BodyType.Township, county) { ShortName = "清河镇", SortOrder = 1 };
        township.Contacts = Contacts("清河镇党政办公室", "示范县清河镇政府大院", "0000-22340001", "0000-22340099");
        township.Contacts.Hotline = "0000-22340110";
        township.ReadingRooms.Add(new() { Name = "清河镇政务公开阅览室", Address = "清河镇政府大院便民服务中心一楼", OpeningHours = "工作日 8:30—17:00" });
        var villages = new List<Body>();
        (string Slug, string Name)[] names = [("yandi", "严狄村"), ("changxi", "场西村"), ("changdong", "场东村"), ("shiziqiao", "十字桥村"), ("tianyang", "天阳村")];
        for (var i = 0; i < names.Length; i++)
        {
            var village = new Body(names[i].Slug, $"5400000{i + 1:D2}", $"清河镇{names[i].Name}村民委员会", BodyType.Village, township) { ShortName = names[i].Name, SortOrder = i + 1 };
            village.Contacts = Contacts($"{names[i].Name}村务公开栏", $"清河镇{names[i].Name}村委会", $"0000-2234{i + 1:D2}11", null);
            village.ReadingRooms.Add(new() { Name = $"{names[i].Name}村务公开栏", Address = $"{names[i].Name}村委会门前", OpeningHours = "常年" });
            villages.Add(village);
        }
        db.Bodies.AddRange([city, federation, education, school, county, township, .. villages]);
        return new DemoBodies(city, education, county, federation, school, township, villages);
    }

    /// <summary>The Federation's hours since guide version 2 (summer afternoons start later).</summary>
    private const string FederationOfficeHours = "工作日 上午8:30—12:00；下午14:00—17:30（5月1日至9月30日为14:30—18:00），法定节假日除外";

    private static BodyContacts Contacts(string office, string address, string phone, string? fax) => new()
    {
        OfficeName = office,
        Address = address,
        OfficeHours = "工作日 上午8:30—12:00，下午14:00—17:30（法定节假日除外）",
        Phone = phone,
        Fax = fax,
        Hotline = phone,
        Email = "gongkai@example.gov.cn",
        PostCode = "000000",
    };
}

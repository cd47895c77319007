using Gongkai.Bodies;
using Gongkai.Items;

namespace Gongkai.Catalogue;

/// <summary>
/// The catalogue templates shipped with Gongkai, one for each kind of body in the seed.
/// They are written to the database on start (see <see cref="ReferenceData"/>); bodies build
/// their catalogues from them.
/// </summary>
public static class ShippedTemplates
{
    public const string Federation = "federation";
    public const string SchoolStaff = "school-staff";
    public const string SchoolPublic = "school-public";
    public const string TownshipTenItems = "township-ten-items";
    public const string Village = "village";

    private const string Art20 = "《中华人民共和国政府信息公开条例》第二十条";
    private const string Art21 = "《中华人民共和国政府信息公开条例》第二十一条";
    private const string Within20 = "信息形成或者变更之日起20个工作日内";
    private const string Web = "政府网站";
    private const string VillageLaw = "《中华人民共和国村民委员会组织法》第三十条";

    public static IReadOnlyList<CatalogueTemplate> All() => [FederationTemplate(), SchoolStaffTemplate(), SchoolPublicTemplate(), TownshipTemplate(), VillageTemplate()];

    private static CatalogueTemplate FederationTemplate()
    {
        var t = new CatalogueTemplate(Federation, "部门政府信息公开目录（残联）", BodyType.GovernmentDepartment, "市残联政府信息公开目录：机构职能、法规文件、规划计划、办事服务和群众关注事项。");
        Row(t, "机构概况", "机构设置", "内设机构、直属单位的名称、职责、地址、联系方式", Art20, Within20, "办公室");
        Row(t, "机构概况", "职能职责和法定权限", "主要职责、法定权限、领导姓名及分工", Art20, Within20, "办公室");
        Row(t, "法规文件", "法律法规", "涉及残疾人的法律、法规", Art20, Within20, "办公室");
        Row(t, "法规文件", "规范性文件", "本机关制发的规范性文件及其解读", Art20, Within20, "办公室");
        Row(t, "规划计划", "发展规划", "全市残疾人事业发展规划", Art20, Within20, "办公室");
        Row(t, "规划计划", "年度工作方案及执行情况", "年度工作实施方案、年度残疾人工作执行情况", Art20, "每年第一季度", "办公室", timeliness: Timeliness.Periodic, period: Period.Yearly);
        Row(t, "办事服务", "残疾人证办理", "残疾人证办理的依据、条件、程序、材料、时限和结果", Art20, Within20, "组联部", channels: "政府网站；政务服务中心；公开查阅点");
        Row(t, "办事服务", "扶持救助", "康复、教育、就业扶持和救助项目的条件、标准和程序", Art20, Within20, "康复部");
        Row(t, "财政资金", "预算决算", "部门预算、决算及说明，“三公”经费", Art20, "批复后20日内", "财务科");
        Row(t, "监督检查", "检查与整改", "政务公开检查、自查发现的问题和整改情况，举报电话", Art20, Within20, "办公室");
        Row(t, "群众关注", "其他事项", "群众普遍关注的其他事项", Art20, Within20, "办公室", timeliness: Timeliness.AdHoc);
        return t;
    }

    private static CatalogueTemplate SchoolStaffTemplate()
    {
        const string staff = "本校教职工";
        const string basis = "《学校信息公开办法》；校务公开制度";
        var t = new CatalogueTemplate(SchoolStaff, "校务公开目录（对校内）", BodyType.PublicInstitution, "面向本校教职工公开，在教职工代表大会、校内公开栏公开，登录后可查看。");
        Row(t, "发展改革", "发展规划和改革方案", "学校发展规划、整体改革方案", basis, Within20, "校长室", Audience.SpecificGroup, staff, channels: "教职工代表大会；校内公开栏");
        Row(t, "财务", "财务收支", "学校财务收支情况", basis, "每学期", "总务处", Audience.SpecificGroup, staff, Timeliness.Periodic, Period.SchoolTerm);
        Row(t, "财务", "科研经费", "科研经费划拨、使用情况", basis, "每学年", "教务处", Audience.SpecificGroup, staff, Timeliness.Periodic, Period.SchoolYear);
        Row(t, "财务", "大宗物资采购", "大宗物资采购的招投标或议标情况", basis, Within20, "总务处", Audience.SpecificGroup, staff);
        Row(t, "人事", "竞聘上岗与机构改革", "机构改革方案，年级组、教研组、中层干部竞聘上岗", basis, Within20, "校长室", Audience.SpecificGroup, staff);
        Row(t, "人事", "职称评定与考核", "职称评定申报、业务考核、年度考核办法和结果", basis, Within20, "教务处", Audience.SpecificGroup, staff);
        Row(t, "人事", "评先评优与奖惩", "评先评优获奖、晋职晋级、奖惩办法", basis, Within20, "校长室", Audience.SpecificGroup, staff);
        return t;
    }

    private static CatalogueTemplate SchoolPublicTemplate()
    {
        const string basis = "《学校信息公开办法》；《中华人民共和国政府信息公开条例》第五十五条";
        var t = new CatalogueTemplate(SchoolPublic, "校务公开目录（对学生、家长和社会）", BodyType.PublicInstitution, "面向学生、家长和社会公开，在公开栏、校门口公开黑板和网站公开。");
        Row(t, "学校概况", "章程与规划", "学校章程、发展规划、办学成果、师资配备", basis, Within20, "校长室");
        Row(t, "学校概况", "每周工作", "每周学校工作开展情况（校门口公开黑板）", basis, "每周一", "办公室", timeliness: Timeliness.Periodic, period: Period.Weekly, channels: "公示栏；政府网站");
        Row(t, "收费", "收费依据、项目和标准", "收费依据、收费项目、收费标准及投诉电话", basis, "每学期开学前", "总务处", timeliness: Timeliness.Periodic, period: Period.SchoolTerm, channels: "公示栏；政府网站；家长会");
        Row(t, "招生", "招生办法和招生数目", "招生范围、招生办法、招生数目、升学情况", basis, "招生前20个工作日", "教务处");
        Row(t, "学生", "先进称号", "“三好学生”“优秀学生干部”等先进称号", basis, Within20, "德育处");
        Row(t, "学生", "奖学金与资助", "奖学金发放、困难学生费用减免和资助情况", basis, Within20, "总务处");
        Row(t, "重大事项", "重大决策和制度改革", "学校重大决策和重大制度改革", basis, Within20, "校长室");
        Row(t, "师资", "骨干教师简历", "骨干教师个人简历", basis, Within20, "教务处");
        return t;
    }

    private static CatalogueTemplate TownshipTemplate()
    {
        var t = new CatalogueTemplate(TownshipTenItems, "乡镇政务公开十项重点内容", BodyType.Township, "规范、明了、方便、实用；常年公开、定期公开与随时公开相结合，事前公开与事后公开相结合。");
        Row(t, "①农村政策法规", null, "有关农村的重要政策法规，如征、租用土地的费用及补偿标准", Art21, Within20, "党政办", level: "乡级");
        Row(t, "②干部选任", null, "机关干部的选拔、聘用、管理和村两委班子成员的选举任用情况", Art20, Within20, "组织办", level: "乡级");
        Row(t, "③为民办实事", null, "政府为民办实事项目及其进展，如通达工程、改水、有线电视，公开工作责任人", Art20, Within20, "党政办", level: "乡级");
        Row(t, "④财政和集体资产", null, "镇村财政、集体资产收支及审计理财结果（招待费、差旅费、专项经费）", Art20, "审计理财后20个工作日内", "财政所", level: "乡级", timeliness: Timeliness.Periodic, period: Period.Quarterly);
        Row(t, "⑤重大工程招投标", null, "重大工程项目的招投标、预决算情况", Art20, Within20, "建设办", level: "乡级");
        Row(t, "⑥农民负担", null, "农民负担项目、标准和监督电话", Art21, Within20, "农经站", level: "乡级");
        Row(t, "⑦计划生育", null, "计划生育政策，计生奖励和有关费用的征收、管理和使用", Art21, Within20, "计生办", level: "乡级");
        Row(t, "⑧办事指南", null, "各职能部门的工作职责、办事程序、收费标准、服务承诺及责任人", Art20, Within20, "各站所", level: "乡级", timeliness: Timeliness.Standing);
        Row(t, "⑨社会保障", null, "优抚对象和标准、最低生活保障、各种困难补助，张榜公布", Art21, "审核后10个工作日内，公示7个工作日", "民政办", level: "乡级", channels: "政府网站；村公示栏");
        Row(t, "⑩重大案件和其他", null, "重大违法违纪案件的查处及群众关心的其他重要政务活动", Art20, Within20, "纪委", level: "乡级");
        return t;
    }

    private static CatalogueTemplate VillageTemplate()
    {
        const string members = "本村村民";
        var t = new CatalogueTemplate(Village, "村务公开目录", BodyType.Village, "一般事项至少每季度公开一次；财务往来较多的，财务收支每月公开一次；重大事项随时公开。在固定的村务公开栏公布，村务监督委员会先行审核财务。");
        Row(t, "村务", "一般事项", "村民会议和村民代表会议决定事项及实施情况、村规民约", VillageLaw, "每季度", "村民委员会", timeliness: Timeliness.Periodic, period: Period.Quarterly, channels: "村公示栏", level: "村级");
        Row(t, "财务", "财务收支", "集体经济收支、债权债务，经村务监督委员会审核", VillageLaw, "每月", "村民委员会", timeliness: Timeliness.Periodic, period: Period.Monthly, channels: "村公示栏", level: "村级");
        Row(t, "惠民", "低保与救助", "最低生活保障对象、特困供养、临时救助名单和标准", "《社会救助暂行办法》", "审核后10个工作日内，公示7个工作日", "村民委员会", channels: "村公示栏；政府网站", level: "村级");
        Row(t, "惠民", "补贴发放", "耕地地力保护补贴等惠农补贴的对象和金额", VillageLaw, "发放前", "村民委员会", Audience.SpecificGroup, members, channels: "村公示栏", level: "村级");
        Row(t, "重大事项", "即时公开事项", "土地承包、宅基地审批、征地补偿、村级工程等重大事项", VillageLaw, "随时", "村民委员会", timeliness: Timeliness.AdHoc, channels: "村公示栏；入户", level: "村级");
        return t;
    }

    private static void Row(CatalogueTemplate t, string item, string? subItem, string elements, string basis, string timeLimit, string publisher,
        Audience audience = Audience.Everyone, string? group = null, Timeliness timeliness = Timeliness.AdHoc, Period? period = null,
        string channels = Web, string level = "市级") =>
        t.AddRow(new CatalogueTemplateRow
        {
            Item = item,
            SubItem = subItem,
            Elements = elements,
            LegalBasis = basis,
            TimeLimit = timeLimit,
            Publisher = publisher,
            Channels = channels,
            Audience = audience,
            AudienceGroup = group,
            Mode = DisclosureAttribute.Proactive,
            Level = t.AppliesTo == BodyType.PublicInstitution ? "校级" : level,
            Timeliness = timeliness,
            Period = period,
        });
}

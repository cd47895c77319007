using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The city Disabled Persons' Federation (seed 篇1): guide, organisation and the certificate procedure.</summary>
public sealed partial class DemoSeeder
{
    private async Task SeedFederationAsync(Body body, CancellationToken ct)
    {
        var catalogue = BuildCatalogue(body, Catalogue.ShippedTemplates.Federation);
        AddGuide(body, At(2024, 1, 15), FederationGuide(body, "工作日 上午8:30—12:00，下午14:00—17:30（法定节假日除外）", online: false));
        AddGuide(body, At(2025, 4, 28), FederationGuide(body, body.Contacts.OfficeHours!, online: true), 2,
            "办公时间调整：5月1日至9月30日下午改为14:30—18:00；新增网上申请渠道和手语视频服务。");

        await SeedFederationOrganisationAsync(body, catalogue, ct);
        await SeedFederationCertificateAsync(body, catalogue, ct);
        await SeedFederationDocumentsAsync(body, catalogue, ct);
        await SeedFederationPlansAsync(body, catalogue, ct);
        await SeedFederationSupportAsync(body, catalogue, ct);
        await SeedFederationMoneyAsync(body, catalogue, ct);
        await SeedFederationOversightAsync(body, catalogue, ct);
        await SeedFederationNonPublicAsync(body, catalogue, ct);
    }

    private static string FederationGuide(Body body, string hours, bool online)
    {
        var c = body.Contacts;
        var channels = online
            ? "<li>当面申请：到市残联办公室填写《政府信息公开申请表》；</li><li>信函申请：寄至上述地址，信封注明“政府信息公开申请”；</li><li>传真申请；</li><li>网上申请：通过本平台“依申请公开”栏目在线提交。</li>"
            : "<li>当面申请：到市残联办公室填写《政府信息公开申请表》；</li><li>信函申请：寄至上述地址，信封注明“政府信息公开申请”；</li><li>传真申请。</li>";
        var help = online
            ? "<p>视力、听力障碍或者阅读、书写有困难的申请人，可以请工作人员代为填写申请；查阅点提供盲文资料、助听设备，本平台提供手语视频讲解。</p>"
            : "<p>视力、听力障碍或者阅读、书写有困难的申请人，可以请工作人员代为填写申请；查阅点提供盲文资料和助听设备。</p>";
        return $"""
            <p>为便于公民、法人和其他组织获取本机关政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>
            <h2>一、主动公开</h2>
            <h3>（一）公开范围与编排</h3>
            <p>本机关主动公开的信息按照《市残联政府信息公开目录》编排，分为机构概况、法规文件、规划计划、办事服务、财政资金、监督检查、群众关注七类。每条信息标注索引号、标题、内容概述、成文日期和发布日期，有文号的标注文号。</p>
            <p>索引号由本机关组织机构代码、年份和五位流水号组成，例如 {body.Code}/2025-00012。</p>
            <h3>（二）公开方式和时限</h3>
            <p>主动公开的信息通过本平台、市残联政府信息公开查阅点、政务服务中心等渠道公开，自信息形成或者变更之日起20个工作日内公开。</p>
            <h2>二、依申请公开</h2>
            <h3>（一）受理机构</h3>
            <ul>
            <li>名称：{c.OfficeName}</li>
            <li>地址：{c.Address}（邮编 {c.PostCode}）</li>
            <li>办公时间：{hours}</li>
            <li>电话：{c.Phone}</li>
            <li>传真：{c.Fax}</li>
            <li>电子邮箱：{c.Email}</li>
            </ul>
            <h3>（二）申请方式</h3>
            <ul>{channels}</ul>
            <h3>（三）申请内容</h3>
            <p>申请人姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于本机关查询的其他特征性描述；获取信息的方式和途径。</p>
            <h3>（四）办理程序和时限</h3>
            <ul>
            <li>登记受理：本机关收到申请后登记；申请内容不明确的，自收到申请之日起7个工作日内一次性告知补正。</li>
            <li>答复：能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，经办公室负责人同意并告知申请人，延长期限最长不超过20个工作日。</li>
            <li>征求第三方意见和其他机关意见所需时间不计算在答复期限内。</li>
            <li>依申请提供政府信息不收取费用；申请数量、频次明显超过合理范围的，按规定收取信息处理费。</li>
            </ul>
            {help}
            <h2>三、监督和救济</h2>
            <p>举报电话：{c.Hotline}。公民、法人或者其他组织认为本机关未依法履行政府信息公开义务的，可以向示范市人民政府办公室（政务公开办公室）投诉、举报；认为侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。</p>
            """;
    }

    private async Task SeedFederationOrganisationAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var units = Find(catalogue, "机构设置");
        var structure = await ItemAsync(body, units, Meta(body, "示范市残疾人联合会内设机构及直属单位", Day(2023, 3, 6),
            "<p>市残联机关设办公室、组织联络部、康复部、教育就业部、宣传文体部、维权部和财务科，下设三个直属事业单位。</p>"
            + Table("内设机构和直属单位", ["名称", "主要职责", "联系电话"],
            [
                ["办公室", "文电、会务、政务公开、信访接待", "0000-12340001"],
                ["组织联络部", "残疾人证管理、基层残联组织建设", "0000-12340003"],
                ["康复部", "残疾人康复、残疾儿童康复救助", "0000-12340004"],
                ["教育就业部", "残疾人教育、职业培训和就业服务", "0000-12340005"],
                ["宣传文体部", "助残宣传、文化体育活动", "0000-12340006"],
                ["维权部", "残疾人权益保障、法律援助、无障碍环境建设", "0000-12340007"],
                ["财务科", "预算决算、资金管理", "0000-12340008"],
                ["市残疾人康复中心（直属）", "康复训练、评估和辅助器具适配", "0000-12340021"],
                ["市残疾人就业服务中心（直属）", "就业登记、推荐和职业技能培训", "0000-12340022"],
            ])) with
        {
            Summary = "市残联机关内设机构、直属单位的名称、职责和联系电话。",
            SubjectClass = "综合政务",
            Genre = "其他",
            Keywords = "机构设置 内设机构 直属单位",
            Timeliness = Timeliness.Standing,
        }, At(2023, 3, 8), ct, Channel.GovernmentWebsite, Channel.ReadingPoint);
        structure.PublishRevision(structure.Metadata with
        {
            BodyHtml = structure.BodyHtml + "<p>市残疾人康复中心自2025年2月起迁至示范市康宁路20号，联系电话不变。</p>",
        }, At(2025, 2, 17), "补充市残疾人康复中心新址。");

        await ItemAsync(body, units, Meta(body, "关于调整市残联政务公开工作领导小组成员的通知", Day(2024, 3, 4), """
            <p>因理事会领导班子成员变动，经理事长办公会研究，对市残联政务公开工作领导小组成员调整如下：</p>
            <ul><li>组长：理事长</li><li>副组长：分管办公室工作的副理事长</li><li>成员：各部室、直属单位主要负责人</li></ul>
            <p>领导小组下设办公室，设在市残联办公室，负责政务公开日常工作。各部室确定一名信息员，负责本部门信息的收集、报送和更新。</p>
            """) with
        {
            Summary = "理事会领导班子变动后，充实调整政务公开工作领导小组，日常工作由办公室承担。",
            SubjectClass = "综合政务",
            Genre = "通知",
            DocumentNumber = "示残联办(2024)2号",
            Keywords = "政务公开 领导小组 调整",
        }, At(2024, 3, 6), ct);

        var duties = Find(catalogue, "职能职责和法定权限");
        await ItemAsync(body, duties, Meta(body, "示范市残疾人联合会主要职责和法定权限", Day(2023, 3, 6), "<p>市残联是由残疾人及其亲友和残疾人工作者组成的人民团体，依照法律、法规和章程承担政府委托的部分行政职能。主要职责：</p>"
            + Bullets(
                "代表残疾人共同利益，反映残疾人需求，维护残疾人合法权益；",
                "贯彻执行残疾人事业的法律、法规和政策，拟订全市残疾人事业发展规划和年度计划并组织实施；",
                "负责残疾人证的审核、发放和管理；",
                "组织开展残疾人康复、教育、就业、扶贫、社会保障、文化体育和无障碍环境建设工作；",
                "管理和使用残疾人事业经费，接受财政、审计监督；",
                "承办市人民政府残疾人工作委员会的日常工作。")) with
        {
            Summary = "市残联的性质、主要职责和法定权限。",
            SubjectClass = "综合政务",
            Genre = "其他",
            Keywords = "职能职责 法定权限",
            Timeliness = Timeliness.Standing,
        }, At(2023, 3, 8), ct);

        var leaders = await ItemAsync(body, duties, Meta(body, "市残联领导班子成员及分工", Day(2024, 2, 26),
            Table("领导班子成员及分工", ["职务", "姓名", "分工"],
            [
                ["理事长", "陈某某", "主持理事会全面工作，分管财务科"],
                ["副理事长", "刘某某", "分管办公室、组织联络部、维权部，负责政务公开工作"],
                ["副理事长", "赵某某", "分管康复部、教育就业部、宣传文体部"],
            ])) with
        {
            Summary = "理事长、副理事长的姓名和工作分工。",
            SubjectClass = "综合政务",
            Genre = "其他",
            Keywords = "领导分工 理事长",
            Timeliness = Timeliness.Standing,
        }, At(2024, 2, 28), ct);
        leaders.PublishRevision(leaders.Metadata with
        {
            BodyHtml = leaders.BodyHtml.Replace("分管康复部、教育就业部、宣传文体部", "分管康复部、教育就业部、宣传文体部及直属单位", StringComparison.Ordinal),
        }, At(2025, 9, 8), "副理事长赵某某增加分管直属单位。");
    }

    private async Task SeedFederationCertificateAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var certificate = Find(catalogue, "残疾人证办理");
        var procedure = await ItemWithFilesAsync(body, certificate, Meta(body, "残疾人证办理程序", Day(2024, 2, 20), """
            <p>一、申领条件：具有本市户籍、符合残疾标准的视力、听力、言语、肢体、智力、精神及多重残疾人。</p>
            <p>二、所需材料：居民身份证或户口簿，近期二寸免冠彩色照片三张。</p>
            <p>三、办理流程：本人或监护人向户籍所在地乡镇（街道）残联提出申请；到指定医院进行残疾评定；县级残联审核，符合条件的核发残疾人证。</p>
            <p>四、办理时限：自评定结论作出之日起15个工作日内。</p>
            """) with
        {
            Summary = "残疾人证的申领条件、所需材料、办理流程和办理时限。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联发[2024]3号",
            Keywords = "残疾人证 办理 程序",
            Timeliness = Timeliness.Standing,
        }, At(2024, 2, 22),
        [("残疾人证办理材料清单.txt", "残疾人证办理材料清单\n1. 居民身份证或户口簿（原件及复印件）\n2. 近期二寸免冠彩色照片三张\n3. 监护人代办的，监护人身份证件和监护关系证明\n4. 已有的病历、诊断证明（如有）\n办理地点：户籍所在地乡镇（街道）残联；咨询电话：0000-12340001\n")],
        ct, Channel.GovernmentWebsite, Channel.ServiceCentre, Channel.ReadingPoint);
        procedure.PublishRevision(procedure.Metadata with
        {
            BodyHtml = procedure.BodyHtml.Replace("15个工作日", "10个工作日", StringComparison.Ordinal)
                + "<p>五、残疾人证可在“全国残疾人证电子证照”平台申领电子证照。</p>",
        }, At(2025, 3, 10), "办理时限由15个工作日缩短为10个工作日，增加电子证照说明。");

        await ItemAsync(body, certificate, Meta(body, "关于做好第二代残疾人证到期换领工作的通知", Day(2024, 6, 11), """
            <p>第二代残疾人证有效期为10年。为方便持证人，现就到期换领工作通知如下：</p>
            <ul><li>证件有效期届满前6个月内，持证人可向户籍所在地乡镇（街道）残联申请换领；</li>
            <li>残疾状况无变化的，凭原证和近期照片换领，不再重新评定；</li>
            <li>行动不便的重度残疾人，可申请上门评定和代办服务。</li></ul>
            <p>咨询电话：0000-12340003（市残联组织联络部）。</p>
            """) with
        {
            Summary = "第二代残疾人证到期前6个月内可申请换领，残疾状况无变化的不再重新评定。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联发（2024）11号",
            Keywords = "残疾人证 换领 到期",
        }, At(2024, 6, 13), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp, Channel.ServiceCentre);

        await ItemAsync(body, certificate, Meta(body, "残疾人证“跨省通办”办事指南", Day(2025, 6, 3), """
            <p>自2025年7月1日起，在本市居住的外省户籍残疾人，可在居住地申请残疾人证的新办、换领、迁移、挂失补办和注销。</p>
            <p>办理地点：市政务服务中心残联窗口；办理时限：材料齐全的，10个工作日内办结；收费：不收费。</p>
            """) with
        {
            Summary = "外省户籍残疾人可在本市居住地办理残疾人证新办、换领、迁移、补办和注销。",
            SubjectClass = "社会保障",
            Genre = "公告",
            Keywords = "残疾人证 跨省通办 办事指南",
            Timeliness = Timeliness.Standing,
        }, At(2025, 6, 5), ct, Channel.GovernmentWebsite, Channel.ServiceCentre);
    }
}

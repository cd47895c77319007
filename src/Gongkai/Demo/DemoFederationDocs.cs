using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The Federation's laws, normative documents (one expired, one repealed) and plans.</summary>
public sealed partial class DemoSeeder
{
    private async Task SeedFederationDocumentsAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var laws = Find(catalogue, "法律法规");
        (string Title, string Issuer, string Number, DateOnly Created, string Keywords, string Html)[] statutes =
        [
            ("中华人民共和国残疾人保障法", "全国人民代表大会常务委员会", "", Day(2018, 10, 26), "残疾人保障法 法律",
                "<p>本法规定了残疾人的康复、教育、劳动就业、文化生活、社会保障、无障碍环境和法律责任，是残疾人权益保障的基本法律。</p><p>第二条：残疾人是指在心理、生理、人体结构上，某种组织、功能丧失或者不正常，全部或者部分丧失以正常方式从事某种活动能力的人。</p>"),
            ("中华人民共和国无障碍环境建设法", "全国人民代表大会常务委员会", "中华人民共和国主席令第六号", Day(2023, 6, 28), "无障碍环境建设法 法律",
                "<p>本法自2023年9月1日起施行，对无障碍设施建设、无障碍信息交流、无障碍社会服务、保障措施、监督管理和法律责任作出规定。</p><p>政府及其有关部门发布重要信息，应当创造条件提供语音、大字、盲文、手语等无障碍格式版本。</p>"),
            ("残疾人就业条例", "国务院", "国务院令第488号", Day(2007, 2, 25), "就业 按比例安排 条例",
                "<p>用人单位应当按照一定比例安排残疾人就业，并为其提供适当的工种、岗位。用人单位安排残疾人就业的比例不得低于本单位在职职工总数的1.5%。</p>"),
            ("残疾预防和残疾人康复条例", "国务院", "国务院令第675号", Day(2017, 2, 7), "康复 残疾预防 条例",
                "<p>本条例自2017年7月1日起施行，规定了残疾预防、康复服务和保障措施。国家建立残疾儿童康复救助制度，逐步实现0—6岁视力、听力、言语、肢体、智力等残疾儿童和孤独症儿童免费得到手术、辅助器具配置和康复训练等服务。</p>"),
            ("残疾人教育条例", "国务院", "国务院令第674号", Day(2017, 2, 1), "残疾人教育 融合教育 条例",
                "<p>残疾人教育应当提高教育质量，积极推进融合教育，根据残疾人的残疾类别和接受能力，采取普通教育方式或者特殊教育方式，优先采取普通教育方式。</p>"),
        ];
        for (var i = 0; i < statutes.Length; i++)
        {
            var s = statutes[i];
            await ItemAsync(body, laws, Meta(body, s.Title, s.Created, s.Html + "<p>全文以国家法律法规数据库发布的文本为准。</p>") with
            {
                Summary = $"{s.Issuer}发布的{s.Title}，本机关依法转载。",
                SubjectClass = "社会保障",
                Genre = i < 2 ? "法律" : "行政法规",
                DocumentNumber = s.Number.Length == 0 ? null : s.Number,
                IssuingBody = s.Issuer,
                Keywords = s.Keywords,
                Timeliness = Timeliness.Standing,
            }, At(2023, 1, 10 + i), ct);
        }

        var norms = Find(catalogue, "规范性文件");
        var subsidy = await ItemAsync(body, norms, Meta(body, "示范市残疾人辅助器具适配补贴办法（试行）", Day(2022, 11, 20), """
            <p>第一条 为减轻残疾人辅助器具适配负担，制定本办法。本办法自2023年1月1日起施行，有效期两年。</p>
            <p>第二条 持有本市残疾人证的残疾人适配基本型辅助器具的，按目录价格给予补贴：低保、特困家庭残疾人全额补贴，其他残疾人补贴80%。</p>
            <p>第三条 申请人向户籍所在地乡镇（街道）残联申请，经评估适配后由辅助器具服务机构直接结算。</p>
            """) with
        {
            Summary = "基本型辅助器具按目录价格补贴，低保、特困家庭全额补贴；试行两年。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联发【2022】12号",
            ValidFrom = Day(2023, 1, 1),
            Keywords = "辅助器具 适配 补贴",
        }, At(2023, 1, 16), ct);
        subsidy.PublishRevision(subsidy.Metadata with { Validity = Validity.Expired, ValidUntil = Day(2024, 12, 31) },
            At(2025, 1, 2), "试行期满，本办法于2024年12月31日失效，由示残联发〔2025〕2号替代。");

        await ItemAsync(body, norms, Meta(body, "示范市残疾人辅助器具适配补贴办法", Day(2025, 1, 8), """
            <p>第一条 本办法在试行办法基础上修订，自2025年1月1日起施行。</p>
            <p>第二条 补贴范围扩大到智能助视器、助听器等13类辅助器具；低保、特困、低保边缘家庭残疾人全额补贴，其他残疾人补贴80%。</p>
            <p>第三条 支持“线上申请、上门评估、送器具到家”，办理时限由20个工作日缩短为10个工作日。</p>
            """) with
        {
            Summary = "补贴范围扩大到13类辅助器具，低保边缘家庭纳入全额补贴，办理时限缩短为10个工作日。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联发 〔2025〕 2号",
            ValidFrom = Day(2025, 1, 1),
            Keywords = "辅助器具 适配 补贴 低保",
        }, At(2025, 1, 10), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp);

        var startup = await ItemAsync(body, norms, Meta(body, "示范市残疾人自主创业扶持办法", Day(2021, 6, 15), """
            <p>持证残疾人在本市自主创业、登记注册满6个月的，给予一次性创业补贴5000元；租用经营场地的，给予场地租金补贴，每年最高3000元，最长3年。</p>
            """) with
        {
            Summary = "残疾人自主创业一次性补贴和场地租金补贴。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联规［2021］1号",
            ValidFrom = Day(2021, 7, 1),
            Keywords = "创业 扶持 补贴",
        }, At(2023, 1, 16), ct);
        startup.PublishRevision(startup.Metadata with { Validity = Validity.Repealed, ValidUntil = Day(2024, 6, 30) },
            At(2024, 7, 1), "本办法自2024年6月30日起废止，由《示范市残疾人就业创业扶持办法》（示残联发〔2024〕9号）替代。");

        await ItemAsync(body, norms, Meta(body, "示范市残疾人就业创业扶持办法", Day(2024, 6, 20), """
            <p>一、用人单位新招用持证残疾人并签订1年以上劳动合同的，按每人每年3000元给予岗位补贴。</p>
            <p>二、残疾人自主创业的，给予一次性创业补贴8000元；租用经营场地的，每年最高补贴5000元，最长3年。</p>
            <p>三、残疾人参加职业技能培训并取得证书的，给予培训补贴和生活费补助。</p>
            """) with
        {
            Summary = "整合原自主创业扶持办法，提高创业补贴标准，新增用人单位岗位补贴。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联发(2024)9号",
            ValidFrom = Day(2024, 7, 1),
            Keywords = "就业 创业 扶持 岗位补贴",
        }, At(2024, 6, 24), ct, Channel.GovernmentWebsite, Channel.PrintMedia);

        await ItemAsync(body, norms, Meta(body, "示范市残疾儿童康复救助实施办法", Day(2023, 5, 10), """
            <p>救助对象：本市户籍或持居住证的0—6岁视力、听力、言语、肢体、智力残疾儿童和孤独症儿童；低保家庭、特困供养的可放宽到14岁。</p>
            <p>救助标准：康复训练每人每年不超过2.4万元，人工耳蜗植入手术一次性救助不超过6万元。</p>
            <p>申请程序：监护人向户籍所在地或居住地县级残联提出申请，残联在10个工作日内审核，符合条件的安排到定点康复机构接受服务。</p>
            """) with
        {
            Summary = "0—6岁残疾儿童和孤独症儿童康复救助的对象、标准和申请程序。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联发（2023）7号",
            ValidFrom = Day(2023, 6, 1),
            Keywords = "残疾儿童 康复救助 孤独症",
        }, At(2023, 5, 15), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp);

        await ItemAsync(body, norms, Meta(body, "《示范市残疾儿童康复救助实施办法》政策解读", Day(2023, 5, 15), """
            <p>一、为什么制定：落实国家残疾儿童康复救助制度，解决本市康复救助标准偏低、年龄范围窄的问题。</p>
            <p>二、主要变化：救助年龄对低保、特困家庭放宽到14岁；持居住证的非本市户籍儿童同等享受。</p>
            <p>三、怎么申请：监护人携带户口簿或居住证、残疾评定材料向县级残联申请，也可由定点机构代为提交。</p>
            """) with
        {
            Summary = "以问答形式解读残疾儿童康复救助的对象、标准和申请方式。",
            SubjectClass = "社会保障",
            Genre = "解读",
            Keywords = "政策解读 残疾儿童 康复救助",
        }, At(2023, 5, 15), ct);

        await ItemAsync(body, norms, Meta(body, "示范市困难残疾人生活补贴和重度残疾人护理补贴实施细则", Day(2023, 9, 12), """
            <p>困难残疾人生活补贴对象：低保家庭中的残疾人、低保边缘家庭中的重度残疾人。重度残疾人护理补贴对象：残疾等级为一级、二级且需要长期照护的残疾人。</p>
            <p>补贴标准由市残联会同市民政局、市财政局根据经济社会发展水平适时调整并向社会公布。</p>
            <p>补贴按月发放，通过社会保障卡直接发放到残疾人本人账户。</p>
            """) with
        {
            Summary = "两项补贴的对象、标准确定方式和发放方式。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联发﹝2023﹞15号",
            ValidFrom = Day(2023, 10, 1),
            Keywords = "两项补贴 生活补贴 护理补贴 低保",
        }, At(2023, 9, 15), ct);
    }

    private async Task SeedFederationPlansAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var plans = Find(catalogue, "发展规划");
        await ItemAsync(body, plans, Meta(body, "示范市“十四五”残疾人保障和发展规划中期评估报告", Day(2023, 11, 28), """
            <p>规划确定的28项主要指标中，22项达到或超过序时进度，4项基本符合进度，2项进度滞后（残疾人职业技能培训人数、无障碍改造入户数）。</p>
            <p>下一步将加大就业培训和家庭无障碍改造投入，确保规划目标如期完成。</p>
            """) with
        {
            Summary = "“十四五”规划实施过半，28项指标中22项达到或超过序时进度。",
            SubjectClass = "社会保障",
            Genre = "报告",
            Keywords = "十四五 规划 中期评估",
        }, At(2023, 12, 5), ct);

        await ItemAsync(body, plans, Meta(body, "《示范市“十五五”残疾人事业发展规划（征求意见稿）》公开征求意见", Day(2025, 10, 20), """
            <p>为广泛听取残疾人及其亲友、残疾人工作者和社会各界的意见，现将规划征求意见稿向社会公开征求意见，时间为2025年10月21日至11月20日。</p>
            <p>意见可通过本平台留言、电子邮件或信函提出，也可到市残联政府信息公开查阅点当面提出；查阅点提供盲文版和大字版。</p>
            """) with
        {
            Summary = "“十五五”规划征求意见稿公开征求意见，期限30日。",
            SubjectClass = "社会保障",
            Genre = "公告",
            Keywords = "十五五 规划 征求意见",
            Timing = Timing.BeforeDecision,
        }, At(2025, 10, 21), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp, Channel.ReadingPoint);

        await ItemAsync(body, plans, Meta(body, "关于“十五五”残疾人事业发展规划征求意见采纳情况的说明", Day(2026, 1, 15), """
            <p>征求意见期间共收到意见建议86条，采纳41条、部分采纳17条；未采纳的主要是超出市级事权的事项，已向上级残联反映。</p>
            <p>采纳的意见主要包括：增加孤独症儿童康复服务机构数量指标、将助听器适配纳入基本辅助器具目录、推进政务服务网站适老化和无障碍改造。</p>
            """) with
        {
            Summary = "收到意见86条，采纳41条、部分采纳17条。",
            SubjectClass = "社会保障",
            Genre = "说明",
            Keywords = "十五五 规划 意见采纳",
        }, At(2026, 1, 16), ct);

        await ItemAsync(body, plans, Meta(body, "示范市“十五五”残疾人事业发展规划", Day(2026, 2, 10), """
            <p>到2030年，残疾人基本康复服务覆盖率和辅助器具适配率均达到90%以上，城乡新增残疾人就业每年不少于600人，困难重度残疾人家庭无障碍改造应改尽改。</p>
            <p>规划提出康复服务、教育就业、社会保障、无障碍环境、权益维护和数字助残六项重点任务。</p>
            """) with
        {
            Summary = "2026—2030年全市残疾人事业发展的目标、重点任务和保障措施。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示政办发〔2026〕5号",
            IssuingBody = "示范市人民政府办公室",
            Keywords = "十五五 规划 残疾人事业",
        }, At(2026, 2, 13), ct, Channel.GovernmentWebsite, Channel.GovernmentGazette);

        var yearly = Find(catalogue, "年度工作方案及执行情况");
        (int Year, int Trained, int Jobs, int Rehab, int Homes)[] years =
        [
            (2023, 420, 380, 3650, 150),
            (2024, 460, 410, 3820, 180),
            (2025, 500, 455, 3960, 200),
            (2026, 520, 0, 0, 0),
        ];
        for (var i = 0; i < years.Length; i++)
        {
            var y = years[i];
            await ItemAsync(body, yearly, Meta(body, $"示范市残联{y.Year}年工作实施方案", Day(y.Year, 2, 8),
                $"<p>{y.Year}年主要目标任务：</p>"
                + Bullets(
                    $"开展残疾人职业技能培训{y.Trained}人次；",
                    "残疾儿童康复救助应救尽救；",
                    $"完成困难重度残疾人家庭无障碍改造{150 + (i * 20)}户；",
                    "两项补贴按月足额发放，动态调整补贴对象；",
                    "推进残疾人证办理“一网通办”和政务公开标准化。")) with
            {
                Summary = $"{y.Year}年残疾人工作的主要目标、重点任务和责任部门。",
                SubjectClass = "社会保障",
                Genre = "通知",
                // Numbered after the year's first documents (the subsidy notice is 1号 in 2024 and 2025).
                DocumentNumber = $"示残联发({y.Year}){y.Year switch { 2024 => 2, 2025 => 3, _ => 1 }}号",
                Keywords = $"{y.Year}年 工作方案 残疾人工作",
                Timeliness = Timeliness.Periodic,
                Period = Period.Yearly,
            }, At(y.Year, 2, 12), ct);
            if (y.Year == 2026)
            {
                continue;
            }
            await ItemAsync(body, yearly, Meta(body, $"示范市{y.Year}年残疾人工作执行情况", Day(y.Year + 1, 1, 12),
                Table($"{y.Year}年主要指标完成情况", ["指标", "完成"],
                [
                    ["职业技能培训（人次）", y.Trained.ToString()],
                    ["新增就业（人）", y.Jobs.ToString()],
                    ["基本康复服务（人）", y.Rehab.ToString()],
                    ["家庭无障碍改造（户）", y.Homes.ToString()],
                ]) + "<p>各项指标均完成年度计划，两项补贴全年按月足额发放。</p>") with
            {
                Summary = $"{y.Year}年全市残疾人工作各项指标完成情况。",
                SubjectClass = "社会保障",
                Genre = "报告",
                Keywords = $"{y.Year}年 执行情况 残疾人工作",
                Timeliness = Timeliness.Periodic,
                Period = Period.Yearly,
            }, At(y.Year + 1, 1, 15), ct);
        }
    }
}

using Gongkai.Bodies;
using Gongkai.Items;

namespace Gongkai.Demo;

public sealed partial class DemoSeeder
{
    private async Task SeedFederationAsync(Body body, CancellationToken ct)
    {
        var catalogue = BuildCatalogue(body, Catalogue.ShippedTemplates.Federation);
        AddGuide(body, At(2024, 1, 15), """
            <h2>一、政府信息的分类与编排</h2>
            <p>本机关政府信息按照《市残联政府信息公开目录》分为机构概况、法规文件、规划计划、办事服务、财政资金、监督检查和群众关注七类，每条信息标注索引号、标题、内容概述和成文日期。</p>
            <h2>二、获取方式</h2>
            <p>主动公开的信息通过本平台、市残联政府信息公开查阅点等渠道公开。公民、法人或者其他组织可以依法向本机关申请获取其他政府信息。</p>
            <h2>三、工作机构</h2>
            <p>市残联办公室负责本机关政府信息公开的日常工作。</p>
            """);

        var procedure = await ItemAsync(body, Find(catalogue, "残疾人证办理"), new ItemMetadata
        {
            Title = "残疾人证办理程序",
            Summary = "残疾人证的申领条件、所需材料、办理流程和办理时限。",
            SubjectClass = "社会保障",
            Genre = "通知",
            DocumentNumber = "示残联发[2024]3号",
            IssuingBody = body.Name,
            CreatedOn = new DateOnly(2024, 2, 20),
            Keywords = "残疾人证 办理 程序",
            Timeliness = Timeliness.Standing,
            BodyHtml = """
                <p>一、申领条件：具有本市户籍、符合残疾标准的视力、听力、言语、肢体、智力、精神及多重残疾人。</p>
                <p>二、所需材料：居民身份证或户口簿，近期二寸免冠彩色照片三张。</p>
                <p>三、办理流程：本人或监护人向户籍所在地乡镇（街道）残联提出申请；到指定医院进行残疾评定；县级残联审核，符合条件的核发残疾人证。</p>
                <p>四、办理时限：自评定结论作出之日起15个工作日内。</p>
                """,
        }, At(2024, 2, 22), ct, Channel.GovernmentWebsite, Channel.ServiceCentre, Channel.ReadingPoint);
        procedure.PublishRevision(procedure.Metadata with
        {
            BodyHtml = procedure.BodyHtml.Replace("15个工作日", "10个工作日", StringComparison.Ordinal)
                + "<p>五、残疾人证可在“全国残疾人证电子证照”平台申领电子证照。</p>",
        }, At(2025, 3, 10), "办理时限由15个工作日缩短为10个工作日，增加电子证照说明。");

        await ItemAsync(body, Find(catalogue, "其他事项"), new ItemMetadata
        {
            Title = "关于市残联信访件处理情况的内部请示",
            IssuingBody = body.Name,
            CreatedOn = new DateOnly(2025, 5, 6),
            Attribute = DisclosureAttribute.Withheld,
            WithholdingGround = WithholdingGround.ProcessInformation,
            NextReviewOn = new DateOnly(2026, 5, 6),
            BodyHtml = "<p>【演示：不予公开】本请示为过程性信息。</p>",
        }, At(2025, 5, 8), ct);
    }
}

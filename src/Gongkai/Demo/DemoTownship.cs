using Gongkai.Bodies;
using Gongkai.Items;

namespace Gongkai.Demo;

public sealed partial class DemoSeeder
{
    private async Task SeedTownshipAsync(Body body, IReadOnlyList<Body> villages, CancellationToken ct)
    {
        var catalogue = BuildCatalogue(body, Catalogue.ShippedTemplates.TownshipTenItems);
        AddGuide(body, At(2024, 3, 1), """
            <h2>一、公开原则</h2>
            <p>本镇政务公开坚持“规范、明了、方便、实用”的原则，常年公开、定期公开与随时公开相结合，事前公开与事后公开相结合。</p>
            <h2>二、公开形式</h2>
            <p>政府大院和各站所公示栏、农村广播、会议、简报、电视和本平台；设立“两簿一箱一线一室”：政务公开登记簿、意见登记簿、意见箱、监督电话和政务公开阅览室。</p>
            """);

        await ItemAsync(body, Find(catalogue, "⑤重大工程招投标"), new ItemMetadata
        {
            Title = "清河镇通达工程（5条路、31公里）公开招投标结果公告",
            Summary = "全镇通达工程共5条路、施工里程31公里，全部公开招投标，纪检监察全过程监督。",
            SubjectClass = "城乡建设",
            Genre = "公告",
            DocumentNumber = "清政发(2025)12号",
            IssuingBody = body.Name,
            CreatedOn = new DateOnly(2025, 4, 15),
            Keywords = "通达工程 招投标 道路",
            BodyHtml = "<p>经公开招标，全镇通达工程5个标段已确定中标单位，施工里程合计31公里，完工后组织检查验收。</p>",
        }, At(2025, 4, 18), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);

        foreach (var village in villages)
        {
            var villageCatalogue = BuildCatalogue(village, Catalogue.ShippedTemplates.Village);
            await ItemAsync(village, Find(villageCatalogue, "低保与救助"), new ItemMetadata
            {
                Title = $"{village.ShortName}2025年第三季度最低生活保障对象公示",
                IssuingBody = village.Name,
                CreatedOn = new DateOnly(2025, 9, 20),
                Timeliness = Timeliness.Periodic,
                Period = Period.Quarterly,
                Keywords = "低保 公示",
                BodyHtml = "<p>经村民代表评议、镇人民政府审核，现将本季度最低生活保障对象予以公示，公示期7个工作日。</p>",
            }, At(2025, 9, 24), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);
        }
    }
}

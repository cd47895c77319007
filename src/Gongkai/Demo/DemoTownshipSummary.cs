using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>
/// The township's year-end summary as it was handed in, in Traditional characters (an excerpt of
/// seed 篇3): the demo's item for trying out that 政务公开 finds 政務公開 and the other way round.
/// </summary>
public sealed partial class DemoSeeder
{
    /// <summary>The title of the demo's one item written in Traditional characters.</summary>
    public const string TraditionalSummaryTitle = "清河鎮二〇二五年政務公開工作總結（原文）";

    private async Task SeedTownshipSummaryAsync(Body body, CatalogueCategory other, CancellationToken ct)
    {
        await ItemAsync(body, other, Meta(body, TraditionalSummaryTitle, Day(2026, 1, 12), """
            <p>编者按：本文按镇党政办报送的原稿刊载，原稿为繁体字。</p>
            <p>二〇二五年，我鎮緊緊圍繞增強工作的透明度，加強民主監督，密切與人民群眾的聯系，推行依法行政、優質行政、廉潔行政，進一步鞏固政務公開成果，規范政務公開內容，創新政務公開形式，突出政務公開重點，提高政務公開水平，取得了明顯的效果。現將我鎮政務公開工作的做法和特點總結如下。</p>
            <h2>一、統一認識，加強領導，確保政務公開落到實處</h2>
            <p>實行政務公開，讓人民了解政府的工作，參與政府的決策，監督政府依法行政，完全符合廣大人民群眾的愿望，是加強基層民主政治建設的重要內容，也是鄉鎮人大對鄉鎮政府實行監督的重要載體。我們充分認識到，政務公開工作的成效不能局限于一朝一夕，要使政務公開工作不流于形式，不走過場，必須著眼于建立政務公開長效機制和監督機制，使政務公開成為一種自覺的意識和行為。</p>
            <p>鎮黨委、政府明確要求政務公開工作要本著“規范、明了、方便、實用”的原則。根據這一原則，我們將公開欄等設在群眾便于閱覽的地方，比如在政府大院內和各站所的辦公室前設置了公示欄和公示牌。另外，我們還采用廣播、會議、簡報等形式將有關政務予以公布。</p>
            <h2>二、突出重點，明確形式，規范程序，不斷深化政務公開</h2>
            <p>在公開程序上，我們首先對機關、村（居）、各有關部門所有需要公開的內容及項目進行整理，列出清單，然后對整理結果進行匯總審核，最后由政務公開領導小組審核后，請相關部門對照清單全面進行公布。對重要的政務活動，一律要求民主議事在前，決策公布在后。對涉及到各類財務收支的，一律審計理財在前，核實公布在后。</p>
            <h2>三、創新思路，真抓實干，務求政務公開工作富有成效</h2>
            <p>在政務公開工作中，我們注重創新思路，做到“四個結合”：一是把政務公開與目標考核相結合；二是把政務公開與社會服務承諾相結合；三是把政務公開與開展行風評議相結合；四是把政務公開與黨風廉政建設相結合。通過這“四個結合”，有力地推進了政務公開工作的開展，取得了明顯的效果。</p>
            """) with
        {
            Summary = "二〇二五年全鎮政務公開工作的做法、程序和成效。",
            SubjectClass = "综合政务",
            Genre = "报告",
            DocumentNumber = "清政發〔2026〕2號",
            Keywords = "政務公開 工作總結 年度",
            Timeliness = Timeliness.Periodic,
            Period = Period.Yearly,
        }, At(2026, 1, 14), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
    }
}

using Gongkai.Text;

namespace Gongkai.Items;

/// <summary>What changed between two versions of an item: metadata fields and the body text, paragraph by paragraph.</summary>
public static class VersionDiff
{
    public sealed record FieldChange(string Field, string Old, string New);

    public enum LineKind { Same, Added, Removed }

    public sealed record Line(LineKind Kind, string Text);

    public static IReadOnlyList<FieldChange> Fields(ItemSnapshot older, ItemSnapshot newer)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, string? a, string? b)
        {
            if ((a ?? "") != (b ?? ""))
            {
                changes.Add(new FieldChange(field, a ?? "（空）", b ?? "（空）"));
            }
        }
        var (o, n) = (older.Metadata, newer.Metadata);
        Compare("标题", o.Title, n.Title);
        Compare("内容概述", o.Summary, n.Summary);
        Compare("主题分类", o.SubjectClass, n.SubjectClass);
        Compare("体裁", o.Genre, n.Genre);
        Compare("文号", o.DocumentNumber, n.DocumentNumber);
        Compare("发布机构", o.IssuingBody, n.IssuingBody);
        Compare("成文日期", o.CreatedOn.Chinese(), n.CreatedOn.Chinese());
        Compare("有效性", Validity(o), Validity(n));
        Compare("主题词", o.Keywords, n.Keywords);
        Compare("公开对象", Audience(o), Audience(n));
        Compare("时效", Timeliness(o), Timeliness(n));
        Compare("公开时机", o.Timing.Chinese(), n.Timing.Chinese());
        Compare("公开渠道", Channels(older), Channels(newer));
        Compare("附件", string.Join("、", older.Attachments.Select(a => a.FileName)), string.Join("、", newer.Attachments.Select(a => a.FileName)));
        return changes;
    }

    /// <summary>A line diff of the body text (longest common subsequence of paragraphs).</summary>
    public static IReadOnlyList<Line> Body(string olderHtml, string newerHtml)
    {
        var a = HtmlCleaner.ToText(olderHtml).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var b = HtmlCleaner.ToText(newerHtml).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var lines = new List<Line>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new Line(LineKind.Same, a[x]));
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                lines.Add(new Line(LineKind.Removed, a[x++]));
            }
            else
            {
                lines.Add(new Line(LineKind.Added, b[y++]));
            }
        }
        lines.AddRange(a[x..].Select(t => new Line(LineKind.Removed, t)));
        lines.AddRange(b[y..].Select(t => new Line(LineKind.Added, t)));
        return lines;
    }

    public static string Validity(ItemMetadata m) =>
        m.Validity.Chinese() + (m.ValidUntil is { } until && m.Validity != Items.Validity.Valid ? $"（{until.Chinese()}起）" : "");

    public static string Audience(ItemMetadata m) => m.Audience.Chinese() + (m.AudienceGroup is null ? "" : $"（{m.AudienceGroup}）");

    public static string Timeliness(ItemMetadata m) => m.Timeliness.Chinese() + (m.Period is { } p ? $"（{p.Chinese()}）" : "");

    private static string Channels(ItemSnapshot s) => string.Join("、", s.Channels.Select(c => $"{c.Channel.Chinese()} {c.PublishedOn.Iso()}"));
}

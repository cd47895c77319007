namespace Gongkai.Items.Admin;

/// <summary>
/// The files of an item form, through the intake: attachments, and a CSV/XLSX table shown in the
/// body with its file kept as an attachment. Stops at the first refusal, naming its form field.
/// </summary>
public static class ItemUploads
{
    public sealed record Taken(IReadOnlyList<Attachment> Attachments, string TableHtml, string? Field = null, string? Problem = null);

    public static async Task<Taken> TakeAsync(AttachmentIntake intake, IEnumerable<IFormFile> files, IFormFile? table, CancellationToken ct)
    {
        var accepted = new List<Attachment>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            await using var stream = file.OpenReadStream();
            var outcome = await intake.AcceptAsync(file.FileName, stream, ct);
            if (outcome.Attachment is null)
            {
                return new Taken([], "", "Files", outcome.Problem);
            }
            accepted.Add(outcome.Attachment);
        }
        if (table is not { Length: > 0 })
        {
            return new Taken(accepted, "");
        }
        if (!TableImport.CanImport(table.FileName))
        {
            return new Taken([], "", "Table", "表格文件只能是 CSV 或 XLSX。");
        }
        await using var buffer = new MemoryStream();
        await table.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var original = await intake.AcceptAsync(table.FileName, buffer, ct);
        buffer.Position = 0;
        var (html, problem) = original.Attachment is null ? (null, original.Problem) : TableImport.ToHtml(table.FileName, buffer);
        if (html is null)
        {
            return new Taken([], "", "Table", problem);
        }
        accepted.Add(original.Attachment!);
        return new Taken(accepted, html);
    }
}

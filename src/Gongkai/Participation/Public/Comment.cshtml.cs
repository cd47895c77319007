using Gongkai.Data;
using Gongkai.Items;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Public;

/// <summary>
/// A comment on a published item. The item page carries the same form and posts here; this page shows
/// it again with the message when something is wrong. Only an item the public may see takes comments.
/// </summary>
public sealed class CommentModel(GongkaiDb db, OpinionPosting posting) : OpinionFormPageModel(posting)
{
    public DisclosureItem Item { get; private set; } = null!;
    public OpinionFormView Form => new(Input, Errors, SubmissionKey, "留言内容");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var body = await db.Bodies.FirstAsync(b => b.Id == Item.BodyId, ct);
        return await SendAsync(OpinionKind.Comment, body, new OpinionSubject(ItemId: Item.Id), "留言内容", ct);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var lookup = await PublicItemLookup.FindAsync(db, id, Viewer, ct);
        if (lookup.Item is null)
        {
            return false;
        }
        Item = lookup.Item;
        HeaderBody = Item.Body;
        PageTitle = $"对《{Item.Title}》留言";
        StartCrumbs(Item.Body);
        Crumbs.Add(new Crumb(Item.Title, Links.Item(Item.Id)));
        Crumbs.Add(new Crumb("留言"));
        return true;
    }
}

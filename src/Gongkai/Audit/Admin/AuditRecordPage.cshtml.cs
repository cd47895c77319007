using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Audit.Admin;

/// <summary>
/// One audit record: who, when, what, the note, and the values before and after side by side.
/// A record outside the reader's bodies is 404, as if it did not exist.
/// </summary>
public sealed class AuditRecordPageModel(GongkaiDb db) : AuditPageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public AuditRecord Record { get; private set; } = null!;
    /// <summary>The name of the record's body; 全平台 when it concerns none.</summary>
    public string BodyName { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }

    /// <summary>The fields whose value differs between before and after (a change records only those, plus the key).</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long sequence, CancellationToken ct)
    {
        var record = await RecordsInReach(db).AsNoTracking().SingleOrDefaultAsync(r => r.Sequence == sequence, ct);
        if (record is null)
        {
            return NotFound();
        }
        Record = record;
        BodyName = record.BodyId is not { } bodyId ? "全平台"
            : await db.Bodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleOrDefaultAsync(ct) ?? $"机构 {bodyId}（已删除）";
        PageTitle = $"审计记录第 {sequence} 条";
        var before = Parse(record.Before, record.EntityType);
        var after = Parse(record.After, record.EntityType);
        Before = Pretty(before, record.Before);
        After = Pretty(after, record.After);
        if (before is JsonObject b && after is JsonObject a)
        {
            Changed = a.Select(p => p.Key).Where(k => !JsonNode.DeepEquals(a[k], b[k])).ToList();
        }
        return Page();
    }

    private static JsonNode? Parse(string? json, string entityType)
    {
        if (json is null)
        {
            return null;
        }
        try
        {
            var node = JsonNode.Parse(json);
            // Identity keeps the authenticator key in a token's Value, which the trail records as it is:
            // never show it on screen (it is the secret that generates sign-in codes).
            if (entityType.StartsWith("IdentityUserToken", StringComparison.Ordinal) && node is JsonObject token && token.ContainsKey("Value"))
            {
                token["Value"] = "***";
            }
            return node;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Pretty(JsonNode? node, string? raw) => node is null ? raw : node.ToJsonString(Indented);
}

using Gongkai.Items;

namespace Gongkai.Participation.Registers;

/// <summary>
/// The disclosure register (公开登记簿): which item went up on which notice board or channel, when,
/// and until when, with an optional photo as evidence.
/// </summary>
public class NoticeBoardPosting
{
    public const int BoardMaxLength = 100;

    private NoticeBoardPosting() { }

    public NoticeBoardPosting(DisclosureItem item, string board, DateOnly postedOn, DateOnly? takenDownOn, string recordedBy, DateTimeOffset now)
    {
        Require(item.Status == ItemStatus.Published, "只能登记已发布的信息。");
        Require(!string.IsNullOrWhiteSpace(board), "请填写公开栏或公开渠道，如“村务公开栏”。");
        Require(board.Trim().Length <= BoardMaxLength, $"公开栏名称不能超过 {BoardMaxLength} 字。");
        Require(postedOn <= Text.ChinaTime.ChinaDate(now), "张贴日期不能晚于今天。");
        Require(takenDownOn is null || takenDownOn >= postedOn, "撤下日期不能早于张贴日期。");
        Item = item;
        ItemId = item.Id;
        BodyId = item.BodyId;
        Board = board.Trim();
        PostedOn = postedOn;
        TakenDownOn = takenDownOn;
        RecordedBy = recordedBy;
        RecordedAt = now;
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public int ItemId { get; private set; }
    public DisclosureItem Item { get; private set; } = null!;
    public string Board { get; private set; } = "";
    public DateOnly PostedOn { get; private set; }
    public DateOnly? TakenDownOn { get; private set; }
    public string? PhotoKey { get; private set; }
    public string? PhotoContentType { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public void AttachPhoto(string storageKey, string contentType)
    {
        Require(contentType is "image/jpeg" or "image/png", "照片须为 JPG 或 PNG。");
        PhotoKey = storageKey;
        PhotoContentType = contentType;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}

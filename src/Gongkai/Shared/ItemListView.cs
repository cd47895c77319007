using Gongkai.Portal;

namespace Gongkai.Shared;

public sealed record ItemListView(IReadOnlyList<ItemLine> Items, bool ShowBody = false, string Empty = "暂无公开信息。");

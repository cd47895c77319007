using Gongkai.Catalogue;

namespace Gongkai.Shared;

public sealed record CatalogueTreeView(string BodySlug, IReadOnlyList<CatalogueTree.Node> Nodes, int? CurrentCategoryId = null);

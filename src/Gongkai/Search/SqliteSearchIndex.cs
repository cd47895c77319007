using Gongkai.Data;

namespace Gongkai.Search;

/// <summary>Work in progress.</summary>
public sealed class SqliteSearchIndex(GongkaiDb db) : ISearchIndex
{
    public Task WriteAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken ct = default) => throw new NotImplementedException(db.ToString());
    public Task RemoveAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct = default) => throw new NotImplementedException();
    public Task ClearAsync(CancellationToken ct = default) => throw new NotImplementedException();
    public Task OptimiseAsync(CancellationToken ct = default) => throw new NotImplementedException();
    public Task<int> CountEntriesAsync(CancellationToken ct = default) => throw new NotImplementedException();
    public Task<SearchHits> SearchAsync(SearchRequest request, CancellationToken ct = default) => throw new NotImplementedException();
}

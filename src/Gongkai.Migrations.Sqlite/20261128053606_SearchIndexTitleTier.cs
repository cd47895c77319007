using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndexTitleTier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Sort keys now put the newest first, and FTS5 gains the title_tier column (ADR 0014).
            // The index is emptied here; the app rebuilds an empty index with items at start.
            migrationBuilder.Sql("DROP TABLE search_fts;");
            migrationBuilder.Sql("DELETE FROM search_entries;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, facets, title_tier, content='', contentless_delete=1, tokenize='ascii', detail=full);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE search_fts;");
            migrationBuilder.Sql("DELETE FROM search_entries;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, facets, content='', contentless_delete=1, tokenize='ascii', detail=full);");
        }
    }
}

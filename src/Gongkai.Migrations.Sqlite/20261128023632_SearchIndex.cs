using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index (ADR 0014): entries keyed by their date-ordered sort key, and a
            // contentless FTS5 table over the tokens of Search/SearchTokens. Filled by the app
            // (at start when empty, or by `gongkai search reindex`).
            migrationBuilder.Sql("""
                CREATE TABLE search_entries (
                    sort_key INTEGER PRIMARY KEY,
                    item_id INTEGER NOT NULL UNIQUE,
                    body_id INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    category_id INTEGER NOT NULL,
                    genre TEXT NOT NULL,
                    validity INTEGER NOT NULL,
                    scope INTEGER NOT NULL
                );
                """);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, facets, content='', contentless_delete=1, tokenize='ascii', detail=full);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE search_fts;");
            migrationBuilder.Sql("DROP TABLE search_entries;");
        }
    }
}

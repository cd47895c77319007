using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index (ADR 0014): one row per item with its facets and two tsvectors
            // written by the app from the tokens of Search/SearchTokens (never by a text search
            // configuration), each with a GIN index. Filled by the app (at start when empty, or
            // by `gongkai search reindex`).
            migrationBuilder.Sql("""
                CREATE TABLE search_entries (
                    item_id integer PRIMARY KEY,
                    sort_key bigint NOT NULL UNIQUE,
                    body_id integer NOT NULL,
                    year integer NOT NULL,
                    category_id integer NOT NULL,
                    genre text NOT NULL,
                    validity integer NOT NULL,
                    scope integer NOT NULL,
                    title tsvector NOT NULL,
                    content tsvector NOT NULL
                );
                CREATE INDEX ix_search_entries_title ON search_entries USING GIN (title);
                CREATE INDEX ix_search_entries_content ON search_entries USING GIN (content);
                CREATE INDEX ix_search_entries_body_year ON search_entries (body_id, year);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE search_entries;");
        }
    }
}

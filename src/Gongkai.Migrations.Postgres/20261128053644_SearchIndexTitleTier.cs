using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndexTitleTier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Sort keys now put the newest first (ADR 0014). The index is emptied here; the app
            // rebuilds an empty index with items at start.
            migrationBuilder.Sql("TRUNCATE search_entries;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("TRUNCATE search_entries;");
        }
    }
}

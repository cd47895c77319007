using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReviewRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RoundStart",
                table: "proposals",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RoundStart",
                table: "proposals");
        }
    }
}

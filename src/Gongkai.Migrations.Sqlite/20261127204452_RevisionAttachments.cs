using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RevisionAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RemovalProposed",
                table: "attachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "RemovedAt",
                table: "attachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "attachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // files already stored are all listed (AttachmentStatus.Listed)
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RemovalProposed",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "RemovedAt",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "attachments");
        }
    }
}

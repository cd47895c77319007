using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GuideReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "MetadataJson",
                table: "proposals",
                type: "character varying(2000000)",
                maxLength: 2000000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000000)",
                oldMaxLength: 2000000);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "proposals",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "ItemId",
                table: "proposals",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "BasedOnNumber",
                table: "proposals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BodyId",
                table: "proposals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GuideHtml",
                table: "proposals",
                type: "character varying(200000)",
                maxLength: 200000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedNumber",
                table: "proposals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Target",
                table: "proposals",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            // Every existing row is an item proposal: it belongs to its item's body.
            migrationBuilder.Sql("""
                UPDATE proposals SET "Target" = 'Item',
                    "BodyId" = (SELECT items."BodyId" FROM items WHERE items."Id" = proposals."ItemId");
                """);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_body_status",
                table: "proposals",
                columns: new[] { "BodyId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_proposals_bodies_BodyId",
                table: "proposals",
                column: "BodyId",
                principalTable: "bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_proposals_bodies_BodyId",
                table: "proposals");

            migrationBuilder.DropIndex(
                name: "ix_proposals_body_status",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "BasedOnNumber",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "BodyId",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "GuideHtml",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "PublishedNumber",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "Target",
                table: "proposals");

            migrationBuilder.AlterColumn<string>(
                name: "MetadataJson",
                table: "proposals",
                type: "character varying(2000000)",
                maxLength: 2000000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(2000000)",
                oldMaxLength: 2000000,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "proposals",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ItemId",
                table: "proposals",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}

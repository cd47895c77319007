using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notice_board_postings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Board = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TakenDownOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PhotoKey = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PhotoContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_board_postings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notice_board_postings_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_notice_board_postings_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "register_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Person = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: true),
                    Matter = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Handling = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_register_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_register_entries_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "register_opinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegisterEntryId = table.Column<int>(type: "integer", nullable: false),
                    OpinionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_register_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_register_opinions_opinions_OpinionId",
                        column: x => x.OpinionId,
                        principalTable: "opinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_register_opinions_register_entries_RegisterEntryId",
                        column: x => x.RegisterEntryId,
                        principalTable: "register_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notice_board_postings_body_posted",
                table: "notice_board_postings",
                columns: new[] { "BodyId", "PostedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_notice_board_postings_ItemId",
                table: "notice_board_postings",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "ix_register_entries_body_kind_on",
                table: "register_entries",
                columns: new[] { "BodyId", "Kind", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_register_opinions_OpinionId",
                table: "register_opinions",
                column: "OpinionId");

            migrationBuilder.CreateIndex(
                name: "IX_register_opinions_RegisterEntryId",
                table: "register_opinions",
                column: "RegisterEntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notice_board_postings");

            migrationBuilder.DropTable(
                name: "register_opinions");

            migrationBuilder.DropTable(
                name: "register_entries");
        }
    }
}

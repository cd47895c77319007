using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicationReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "application_replies",
                columns: table => new
                {
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OutcomeCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OtherBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LetterHtml = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    DraftedByUserId = table.Column<int>(type: "integer", nullable: true),
                    DraftedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedByUserId = table.Column<int>(type: "integer", nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProactiveItemId = table.Column<int>(type: "integer", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_replies", x => x.ApplicationId);
                    table.ForeignKey(
                        name: "FK_application_replies_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_application_replies_items_ProactiveItemId",
                        column: x => x.ProactiveItemId,
                        principalTable: "items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "application_reply_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_reply_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_reply_files_application_replies_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "application_replies",
                        principalColumn: "ApplicationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_reply_privacy_notes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: false),
                    Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_reply_privacy_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_reply_privacy_notes_application_replies_Applica~",
                        column: x => x.ApplicationId,
                        principalTable: "application_replies",
                        principalColumn: "ApplicationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_reply_withheld_parts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GroundCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_reply_withheld_parts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_reply_withheld_parts_application_replies_Applic~",
                        column: x => x.ApplicationId,
                        principalTable: "application_replies",
                        principalColumn: "ApplicationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_replies_proactive_item",
                table: "application_replies",
                column: "ProactiveItemId");

            migrationBuilder.CreateIndex(
                name: "IX_application_reply_files_ApplicationId",
                table: "application_reply_files",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_reply_privacy_notes_ApplicationId",
                table: "application_reply_privacy_notes",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_application_reply_withheld_parts_ApplicationId",
                table: "application_reply_withheld_parts",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_reply_files");

            migrationBuilder.DropTable(
                name: "application_reply_privacy_notes");

            migrationBuilder.DropTable(
                name: "application_reply_withheld_parts");

            migrationBuilder.DropTable(
                name: "application_replies");
        }
    }
}

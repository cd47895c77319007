using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Participation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    AgainstBodyId = table.Column<int>(type: "integer", nullable: true),
                    ItemId = table.Column<int>(type: "integer", nullable: true),
                    ConsultationId = table.Column<int>(type: "integer", nullable: true),
                    FollowsOpinionId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    AuthorPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AuthorEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WantsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    AccessToken = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Moderation = table.Column<int>(type: "integer", nullable: false),
                    HiddenReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HandlerUserId = table.Column<int>(type: "integer", nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Answer = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    AnswerPublic = table.Column<bool>(type: "boolean", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VerificationNote = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    RectificationSummary = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    RectificationPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_bodies_AgainstBodyId",
                        column: x => x.AgainstBodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_opinions_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_opinions_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_opinions_opinions_FollowsOpinionId",
                        column: x => x.FollowsOpinionId,
                        principalTable: "opinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "participation_settings",
                columns: table => new
                {
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    ShowCommentsAtOnce = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_settings", x => x.BodyId);
                    table.ForeignKey(
                        name: "FK_participation_settings_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opinion_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpinionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Public = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinion_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinion_events_opinions_OpinionId",
                        column: x => x.OpinionId,
                        principalTable: "opinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rectification_tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpinionId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rectification_tasks_opinions_OpinionId",
                        column: x => x.OpinionId,
                        principalTable: "opinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opinion_events_OpinionId",
                table: "opinion_events",
                column: "OpinionId");

            migrationBuilder.CreateIndex(
                name: "ix_opinions_access_token",
                table: "opinions",
                column: "AccessToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_AgainstBodyId",
                table: "opinions",
                column: "AgainstBodyId");

            migrationBuilder.CreateIndex(
                name: "ix_opinions_body_status",
                table: "opinions",
                columns: new[] { "BodyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_opinions_consultation",
                table: "opinions",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_FollowsOpinionId",
                table: "opinions",
                column: "FollowsOpinionId");

            migrationBuilder.CreateIndex(
                name: "ix_opinions_item",
                table: "opinions",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "ix_opinions_tracking_code",
                table: "opinions",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rectification_tasks_OpinionId",
                table: "rectification_tasks",
                column: "OpinionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opinion_events");

            migrationBuilder.DropTable(
                name: "participation_settings");

            migrationBuilder.DropTable(
                name: "rectification_tasks");

            migrationBuilder.DropTable(
                name: "opinions");
        }
    }
}

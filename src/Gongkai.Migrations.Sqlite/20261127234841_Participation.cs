using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgainstBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowsOpinionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AuthorPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AuthorEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WantsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    AccessToken = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Moderation = table.Column<int>(type: "INTEGER", nullable: false),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HandlerUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    HandlerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    AnswerPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VerificationNote = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    RectificationSummary = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    RectificationPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
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
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShowCommentsAtOnce = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OpinionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OpinionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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

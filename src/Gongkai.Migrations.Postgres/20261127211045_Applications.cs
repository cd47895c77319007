using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    AccessToken = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    SubmissionKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApplicantType = table.Column<int>(type: "integer", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApplicantContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ApplicantIdType = table.Column<int>(type: "integer", nullable: false),
                    ApplicantIdProtected = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ApplicantIdMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicantIdMatchKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ApplicantEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApplicantPostCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    RequestTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RequestDocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestForm = table.Column<int>(type: "integer", nullable: false),
                    RequestDelivery = table.Column<int>(type: "integer", nullable: false),
                    HandlerUserId = table.Column<int>(type: "integer", nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OutcomeCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applications_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Party = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Pause = table.Column<int>(type: "integer", nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Days = table.Column<int>(type: "integer", nullable: true),
                    Public = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_events_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_application_events_ApplicationId",
                table: "application_events",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "ix_applications_access_token",
                table: "applications",
                column: "AccessToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_applicant_match",
                table: "applications",
                column: "ApplicantIdMatchKey");

            migrationBuilder.CreateIndex(
                name: "ix_applications_body_status",
                table: "applications",
                columns: new[] { "BodyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_submission_key",
                table: "applications",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_tracking_code",
                table: "applications",
                column: "TrackingCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "applications");
        }
    }
}

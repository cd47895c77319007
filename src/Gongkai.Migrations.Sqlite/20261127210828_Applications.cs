using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    AccessToken = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantType = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApplicantContactPerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ApplicantIdType = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantIdProtected = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ApplicantIdMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApplicantIdMatchKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ApplicantEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApplicantPostCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    RequestTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequestDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestForm = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestDelivery = table.Column<int>(type: "INTEGER", nullable: false),
                    HandlerUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    HandlerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OutcomeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Party = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Pause = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Days = table.Column<int>(type: "INTEGER", nullable: true),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false)
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

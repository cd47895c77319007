using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditRecordBodyId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BodyId",
                table: "audit_records",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_body",
                table: "audit_records",
                columns: new[] { "BodyId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_records_body",
                table: "audit_records");

            migrationBuilder.DropColumn(
                name: "BodyId",
                table: "audit_records");
        }
    }
}

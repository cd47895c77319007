using Gongkai.Staff;

namespace Gongkai.Participation.Registers.Admin;

/// <summary>
/// Who keeps a body's registers: anyone working for the body (every role but supervisor); supervisors
/// of the body or a body above read them. Applied in every query; anything outside answers 404.
/// </summary>
public sealed class AdminRegisters(StaffAccess access)
{
    private static readonly StaffRole[] Keepers = [.. Enum.GetValues<StaffRole>().Where(r => r is not (StaffRole.Supervisor or StaffRole.PlatformAdmin))];

    public async Task<IReadOnlySet<int>> KeptBodiesAsync(CancellationToken ct = default) => (await access.ReachAsync(ct)).BodiesWith(Keepers);

    public async Task<IReadOnlySet<int>> ReadableBodiesAsync(CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith([.. Keepers, StaffRole.Supervisor]);
}

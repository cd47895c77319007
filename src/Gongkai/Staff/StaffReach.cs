namespace Gongkai.Staff;

/// <summary>
/// Which bodies a person may act for in each role: the body of each grant, and for supervisors
/// and body admins every body below it as well. Pure, so it is unit-tested with many trees.
/// </summary>
public sealed class StaffReach
{
    private readonly Dictionary<StaffRole, HashSet<int>> _byRole = [];

    public StaffReach(IEnumerable<(StaffRole Role, int? BodyId)> grants, IEnumerable<(int Id, int? ParentId)> bodies)
    {
        var children = bodies.Where(b => b.ParentId is not null).ToLookup(b => b.ParentId!.Value, b => b.Id);
        foreach (var (role, bodyId) in grants)
        {
            if (role == StaffRole.PlatformAdmin)
            {
                IsPlatformAdmin = true;
                continue;
            }
            if (bodyId is not { } id)
            {
                continue;
            }
            if (!_byRole.TryGetValue(role, out var set))
            {
                _byRole[role] = set = [];
            }
            if (role.CoversSubtree())
            {
                AddSubtree(set, id, children);
            }
            else
            {
                set.Add(id);
            }
        }
    }

    public bool IsPlatformAdmin { get; }

    public IReadOnlySet<int> BodiesWith(params StaffRole[] roles) =>
        roles.SelectMany(r => _byRole.GetValueOrDefault(r) ?? []).ToHashSet();

    public bool Has(StaffRole role, int bodyId) => _byRole.TryGetValue(role, out var set) && set.Contains(bodyId);

    /// <summary>The bodies whose staff-only information this person may read: every body they hold any role for.</summary>
    public IReadOnlySet<int> MemberOf => _byRole.Values.SelectMany(s => s).ToHashSet();

    public IReadOnlyCollection<StaffRole> Roles => _byRole.Keys;

    private static void AddSubtree(HashSet<int> set, int id, ILookup<int, int> children)
    {
        if (!set.Add(id))
        {
            return; // already there (or a cycle): stop
        }
        foreach (var child in children[id])
        {
            AddSubtree(set, child, children);
        }
    }
}

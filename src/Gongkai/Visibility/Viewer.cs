using System.Security.Claims;

namespace Gongkai.Visibility;

/// <summary>
/// Who is looking. Anonymous visitors are members of no body; signed-in staff are members of
/// the bodies in their <see cref="BodyClaim"/> claims (granted by the back office).
/// </summary>
public sealed record Viewer(IReadOnlyList<int> StaffOfBodyIds)
{
    public const string BodyClaim = "gongkai:body";

    public static readonly Viewer Anonymous = new([]);

    public bool IsStaff => StaffOfBodyIds.Count > 0;

    public static Viewer From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }
        var ids = user.FindAll(BodyClaim)
            .Select(c => int.TryParse(c.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id : (int?)null)
            .OfType<int>()
            .Distinct()
            .ToList();
        return new Viewer(ids);
    }
}

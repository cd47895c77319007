using System.Security.Claims;
using Gongkai.Visibility;

namespace Gongkai.Tests.Visibility;

public class ViewerTests
{
    private static ClaimsPrincipal SignedIn(params Claim[] claims) => new(new ClaimsIdentity(claims, "Cookies"));

    private static Claim BodyClaim(string value) => new(Viewer.BodyClaim, value);

    [Fact]
    public void No_user_is_anonymous()
    {
        var viewer = Viewer.From(null);

        Assert.Empty(viewer.StaffOfBodyIds);
        Assert.False(viewer.IsStaff);
    }

    [Fact]
    public void An_empty_principal_is_anonymous()
    {
        Assert.Empty(Viewer.From(new ClaimsPrincipal()).StaffOfBodyIds);
    }

    [Fact]
    public void Body_claims_of_an_unauthenticated_identity_are_ignored()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([BodyClaim("7")], authenticationType: null));

        var viewer = Viewer.From(user);

        Assert.Empty(viewer.StaffOfBodyIds);
        Assert.False(viewer.IsStaff);
    }

    [Fact]
    public void A_signed_in_user_without_body_claims_is_staff_of_nothing()
    {
        var viewer = Viewer.From(SignedIn(new Claim(ClaimTypes.Name, "zhang")));

        Assert.Empty(viewer.StaffOfBodyIds);
        Assert.False(viewer.IsStaff);
    }

    [Fact]
    public void Body_claims_give_the_body_ids()
    {
        var viewer = Viewer.From(SignedIn(BodyClaim("3"), BodyClaim("5")));

        Assert.Equal([3, 5], viewer.StaffOfBodyIds);
        Assert.True(viewer.IsStaff);
    }

    [Fact]
    public void Repeated_body_claims_count_once()
    {
        Assert.Equal([3], Viewer.From(SignedIn(BodyClaim("3"), BodyClaim("3"))).StaffOfBodyIds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("0x10")]
    [InlineData("99999999999")]
    [InlineData("七")]
    public void Claim_values_that_are_not_ids_are_ignored(string value)
    {
        var viewer = Viewer.From(SignedIn(BodyClaim(value), BodyClaim("4")));

        Assert.Equal([4], viewer.StaffOfBodyIds);
    }

    [Fact]
    public void Other_claim_types_are_not_body_ids()
    {
        var viewer = Viewer.From(SignedIn(new Claim(ClaimTypes.NameIdentifier, "12"), new Claim("body", "13"), BodyClaim("14")));

        Assert.Equal([14], viewer.StaffOfBodyIds);
    }

    [Fact]
    public void Body_claims_from_every_identity_count()
    {
        var user = new ClaimsPrincipal([
            new ClaimsIdentity([BodyClaim("1")], "Cookies"),
            new ClaimsIdentity([BodyClaim("2")], "Cookies"),
        ]);

        Assert.Equal([1, 2], Viewer.From(user).StaffOfBodyIds);
    }

    [Fact]
    public void Anonymous_is_staff_of_nothing()
    {
        Assert.Empty(Viewer.Anonymous.StaffOfBodyIds);
        Assert.False(Viewer.Anonymous.IsStaff);
    }
}

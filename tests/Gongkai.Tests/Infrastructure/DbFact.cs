namespace Gongkai.Tests.Infrastructure;

/// <summary>
/// A fact that runs against a real database. The PostgreSQL variant of a test class is skipped,
/// with the reason shown, when no server is configured (see <see cref="PostgresServer"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : SkippableFactAttribute;

/// <summary>A theory with the same rule as <see cref="DbFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbTheoryAttribute : SkippableTheoryAttribute;

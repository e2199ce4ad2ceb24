using System.Collections.Immutable;

namespace Parallax.Storage.Schema;

/// <summary>One step of the schema: a version number and the statements that bring the previous version to it. Immutable.</summary>
/// <param name="Version">1, 2, … in order; applied once each, recorded in <c>schema_migrations</c>.</param>
/// <param name="Description">What it adds.</param>
/// <param name="Statements">The SQL statements, run in one transaction.</param>
public sealed record Migration(int Version, string Description, ImmutableArray<string> Statements);

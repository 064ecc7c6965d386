namespace ECommerce.Testing;

/// <summary>One command EF Core sent: its SQL and parameter values (enough to run it again, e.g. under EXPLAIN).</summary>
public sealed record RecordedSqlCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

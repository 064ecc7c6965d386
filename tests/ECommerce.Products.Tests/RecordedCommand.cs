namespace ECommerce.Products.Tests;

internal sealed record RecordedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

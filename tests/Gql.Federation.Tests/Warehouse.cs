namespace Gql.Federation.Tests;

[Node]
public sealed record Warehouse(int Id, string City);

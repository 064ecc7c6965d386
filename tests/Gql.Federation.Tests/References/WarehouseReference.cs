using Gql.Types;

namespace Gql.Federation.Tests.References;

/// <summary>A key this subgraph only refers to: it has neither a lookup nor a reference resolver.</summary>
[Key("id")]
[GraphQLName("Depot")]
public sealed record WarehouseReference([property: ID] string Id);

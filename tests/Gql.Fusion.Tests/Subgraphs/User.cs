using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

/// <summary>The accounts subgraph owns users.</summary>
[Key("id")]
public sealed record User([property: ID] string Id, string Name, string Username);

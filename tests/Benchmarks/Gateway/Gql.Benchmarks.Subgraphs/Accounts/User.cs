using Gql.Federation;
using Gql.Types;

namespace Gql.Benchmarks.Subgraphs.Accounts;

/// <summary>
/// The owner of <c>User</c>: name, username and birthday. The username is shareable because the
/// reviews subgraph provides it for review authors (Federation 2 requires that of provided fields).
/// </summary>
[Key("id")]
public sealed record User([property: ID] string Id, string? Name, [property: Shareable] string? Username, int? Birthday);

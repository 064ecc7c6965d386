using Gql.Types;

namespace Gql.Federation.Tests.Tickets;

/// <summary>A second node type with UUID keys.</summary>
[Node(KeyIsGloballyUnique = true)]
public sealed record Venue([property: ID] Guid Id, string City)
{
    [NodeResolver]
    internal static Task<Venue?> LoadAsync(Guid id) => Task.FromResult(id == TicketData.Arena.Id ? TicketData.Arena : null);
}

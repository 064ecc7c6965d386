using Gql.Types;

namespace Gql.Federation.Tests.Tickets;

/// <summary>A node whose UUID key is its id (no <c>TypeName:key</c> encoding).</summary>
[Node(KeyIsGloballyUnique = true)]
public sealed record Ticket([property: ID] Guid Id, string Seat)
{
    [NodeResolver]
    internal static Ticket? Load(Guid id) => TicketData.Tickets.FirstOrDefault(t => t.Id == id);
}

namespace Gql.Federation.Tests.Tickets;

public sealed class TicketQuery
{
    public IReadOnlyList<Ticket> GetTickets() => TicketData.Tickets;

    public Venue GetArena() => TicketData.Arena;
}

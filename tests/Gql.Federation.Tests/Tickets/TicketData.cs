namespace Gql.Federation.Tests.Tickets;

internal static class TicketData
{
    public static readonly Venue Arena = new(Guid.Parse("5f0c1f7e-7b8a-4c1e-9d2f-0a1b2c3d4e5f"), "Berlin");

    public static readonly IReadOnlyList<Ticket> Tickets =
    [
        new(Guid.Parse("0b6b0c57-1d5e-4a47-8a3f-7f2f1c9d8e01"), "A1"),
        new(Guid.Parse("0b6b0c57-1d5e-4a47-8a3f-7f2f1c9d8e02"), "A2"),
    ];
}

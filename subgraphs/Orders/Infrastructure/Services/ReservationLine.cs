namespace ECommerce.Orders.Infrastructure.Services;

public sealed record ReservationLine(Guid ProductId, int Quantity);

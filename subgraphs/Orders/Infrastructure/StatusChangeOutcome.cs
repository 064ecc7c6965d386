using ECommerce.Orders.Model;

namespace ECommerce.Orders.Infrastructure;

/// <summary>The result of a status change and the order as it is afterwards (null when not found).</summary>
public sealed record StatusChangeOutcome(StatusChangeResult Result, Order? Order)
{
    public bool Succeeded => Result is StatusChangeResult.Changed or StatusChangeResult.AlreadyInStatus;
}

namespace ECommerce.Orders.Infrastructure;

/// <summary>What <see cref="OrderLedger.ChangeStatusAsync"/> did.</summary>
public enum StatusChangeResult
{
    /// <summary>The status changed; the history row and the outbox event are written.</summary>
    Changed,

    /// <summary>The order already had the wanted status (a repeated step); nothing was written.</summary>
    AlreadyInStatus,

    /// <summary>The status machine does not allow the change from the current status.</summary>
    Illegal,

    NotFound,
}

namespace ECommerce.Orders.Infrastructure.Notifications;

/// <summary>Configuration section <c>Orders:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Orders:Notifications";

    /// <summary>Where <see cref="FileEmailSender"/> writes one <c>.eml</c> file per email (default: <c>ecommerce-orders-mail</c> in the temp folder).</summary>
    public string? Directory { get; set; }

    /// <summary>False: no emails are sent and the events stay unnotified (for example where another system emails customers).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The sender address of the emails.</summary>
    public string From { get; set; } = "orders@shop.local";
}

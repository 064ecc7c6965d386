namespace ECommerce.Orders.Infrastructure.Notifications;

/// <summary>One email to a customer.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

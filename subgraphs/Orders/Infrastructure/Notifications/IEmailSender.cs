namespace ECommerce.Orders.Infrastructure.Notifications;

/// <summary>Sends an email; throws when it could not (the notifier tries again later). Replace the registration to use a real mail service.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace ECommerce.Orders.Infrastructure.Notifications;

/// <summary>The default sender: writes each email as an RFC 5322 text file (open it with any mail program) and logs it.</summary>
public sealed partial class FileEmailSender(IOptions<NotificationOptions> options, TimeProvider time, ILogger<FileEmailSender> logger) : IEmailSender
{
    private readonly string _directory = options.Value.Directory ?? Path.Combine(Path.GetTempPath(), "ecommerce-orders-mail");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(_directory);
        var now = time.GetUtcNow();
        var path = Path.Combine(_directory, $"{now:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"From: {options.Value.From}\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: {message.To}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {now:R}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: {message.Subject}\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(message.Body)
            .ToString();
        await File.WriteAllTextAsync(path, text, cancellationToken);
        LogSent(logger, message.To, message.Subject, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email to {To} \"{Subject}\" written to {Path}")]
    private static partial void LogSent(ILogger logger, string to, string subject, string path);
}

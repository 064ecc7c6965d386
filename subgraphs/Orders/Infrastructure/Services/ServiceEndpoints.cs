using Microsoft.Extensions.Configuration;

namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>
/// The GraphQL endpoints of the services Orders calls (Users only for the address of order emails): <c>ECOMMERCE_PRODUCTS_URL</c> (as run.sh and
/// docker-compose set them), else <c>Services:Products:Url</c>, else the default local port.
/// </summary>
public sealed record ServiceEndpoints(Uri Products, Uri Inventory, Uri Payments, Uri Users)
{
    public static ServiceEndpoints From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(
            Read(configuration, "PRODUCTS", "Products", 5102),
            Read(configuration, "INVENTORY", "Inventory", 5103),
            Read(configuration, "PAYMENTS", "Payments", 5105),
            Read(configuration, "USERS", "Users", 5101));
    }

    private static Uri Read(IConfiguration configuration, string variable, string section, int defaultPort)
    {
        var value = configuration[$"ECOMMERCE_{variable}_URL"] ?? configuration[$"Services:{section}:Url"] ?? $"http://127.0.0.1:{defaultPort}/graphql";
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"ECOMMERCE_{variable}_URL (or Services:{section}:Url) is not an http(s) URL: \"{value}\".");
    }
}

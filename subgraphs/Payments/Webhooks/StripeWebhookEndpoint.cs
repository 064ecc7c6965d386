using System.Text.Json;
using ECommerce.Payments.Providers.Stripe;
using Microsoft.Extensions.Options;

namespace ECommerce.Payments.Webhooks;

/// <summary>
/// <c>POST /webhooks/stripe</c>: checks the Stripe-Signature against <c>Payments:Stripe:WebhookSecret</c> (400 when it
/// is missing, wrong or older than the tolerance; nothing changes), then hands the event to <see cref="StripeWebhookProcessor"/>.
/// </summary>
public static class StripeWebhookEndpoint
{
    public const string Path = "/webhooks/stripe";
    public const int MaxPayloadBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, IOptions<StripeOptions> options, StripeWebhookProcessor processor, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(StripeWebhookEndpoint));
        var stripe = options.Value;
        if (string.IsNullOrEmpty(stripe.WebhookSecret))
        {
            logger.LogWarning("A Stripe webhook arrived but Payments:Stripe:WebhookSecret is not set; it was refused.");
            return Results.Problem("Payments:Stripe:WebhookSecret is not configured.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (request.ContentLength > MaxPayloadBytes)
        {
            return Results.Problem("The payload is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var payload = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (StripeSignature.Verify(payload.Span, request.Headers[StripeSignature.HeaderName], stripe.WebhookSecret, time.GetUtcNow(), stripe.WebhookTolerance) is { } failure)
        {
            logger.LogWarning("Refused a Stripe webhook: {Reason}", failure);
            return Results.Problem(failure, statusCode: StatusCodes.Status400BadRequest);
        }

        string? id, type;
        JsonElement dataObject;
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            id = StripeJson.String(root, "id");
            type = StripeJson.String(root, "type");
            dataObject = StripeJson.Object(StripeJson.Object(root, "data"), "object");
            dataObject = dataObject.ValueKind == JsonValueKind.Object ? dataObject.Clone() : default;
        }
        catch (JsonException)
        {
            return Results.Problem("The payload is not JSON.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (id is null || type is null || dataObject.ValueKind != JsonValueKind.Object)
        {
            return Results.Problem("The payload is not a Stripe event (id, type, data.object).", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await processor.ProcessAsync(id, type, dataObject, cancellationToken);
        logger.LogInformation("Stripe event {EventId} ({EventType}): {Outcome}", id, type, outcome);
        return Results.Ok(new { received = true, outcome = outcome.ToString().ToLowerInvariant() });
    }
}

namespace ECommerce.Payments.Webhooks;

/// <summary>What handling one webhook event did.</summary>
public enum WebhookOutcome
{
    /// <summary>A payment changed.</summary>
    Applied,

    /// <summary>Recorded; no payment of this service is concerned or it was already in that state, or the type is not handled.</summary>
    Ignored,

    /// <summary>An event with this id was handled before; nothing was done.</summary>
    Duplicate,
}

namespace ECommerce.Payments.Providers;

/// <summary>The provider could not be asked (timeout, network) or answered with an error that is not a decline.</summary>
public sealed class PaymentProviderException : Exception
{
    public PaymentProviderException()
    {
    }

    public PaymentProviderException(string message)
        : base(message)
    {
    }

    public PaymentProviderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PaymentProviderException(string message, bool retryable, Exception? innerException = null)
        : base(message, innerException)
    {
        Retryable = retryable;
    }

    /// <summary>The same request may succeed later (timeouts, network errors, 5xx, rate limits).</summary>
    public bool Retryable { get; }
}

namespace ECommerce.Testing;

/// <summary>A throwaway test server could not be found, started or stopped; the message says why.</summary>
public sealed class TestServerException : Exception
{
    public TestServerException()
    {
    }

    public TestServerException(string message)
        : base(message)
    {
    }

    public TestServerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

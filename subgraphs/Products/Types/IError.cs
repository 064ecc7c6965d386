namespace ECommerce.Products.Types;

/// <summary>An expected failure of a mutation, returned in its payload's <c>errors</c> (Hot Chocolate's mutation conventions).</summary>
public interface IError
{
    string Message { get; }
}

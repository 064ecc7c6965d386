using Gql.Types;

namespace ECommerce.Products.Types;

/// <summary>No product has this id (it never existed or was deleted).</summary>
public sealed record ProductNotFoundError([property: ID] string ProductId) : IError, IUpdateProductError, IDeleteProductError
{
    public string Message => "No product has this id.";
}

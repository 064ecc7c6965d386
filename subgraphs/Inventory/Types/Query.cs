using Gql.Federation;
using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed class Query
{
    [Lookup]
    [Internal]
    [GraphQLDescription("The stock of a product (the gateway's entity lookup). Every product id resolves: one without stock has onHand 0; an id that is not a UUID gives null.")]
    public Product? GetProductById([ID] string id) => Guid.TryParse(id, out var productId) ? new Product(productId) : null;
}

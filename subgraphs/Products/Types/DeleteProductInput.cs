using Gql.Types;

namespace ECommerce.Products.Types;

public sealed record DeleteProductInput([property: ID] string Id);

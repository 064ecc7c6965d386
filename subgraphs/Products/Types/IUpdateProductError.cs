using Gql.Types;

namespace ECommerce.Products.Types;

[UnionType]
public interface IUpdateProductError;

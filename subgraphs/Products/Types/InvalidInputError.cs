using Gql.Federation;

namespace ECommerce.Products.Types;

/// <summary>A field of the input is not acceptable; <see cref="Field"/> names it as in the input type.</summary>
[ShareableType]
public sealed record InvalidInputError(string Field, string Message) : IError, ICreateProductError, IUpdateProductError;

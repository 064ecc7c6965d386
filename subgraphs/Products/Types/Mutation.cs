using ECommerce.Products.Infrastructure;
using ECommerce.Products.Model;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore.Authorization;
using Gql.Types;

namespace ECommerce.Products.Types;

/// <summary>
/// The admin's catalog edits, in Hot Chocolate's mutation conventions: one <c>input</c> argument, a
/// payload with the product and <c>errors</c>, the expected failures as typed data. Bad input changes
/// nothing. Callers without the ADMIN role get AUTH_NOT_AUTHENTICATED / AUTH_NOT_AUTHORIZED errors.
/// </summary>
public sealed class Mutation
{
    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("Adds a product to the catalog (ADMIN only); the price is in EUR.")]
    public async Task<CreateProductPayload> CreateProductAsync(CreateProductInput input, [Service] ProductCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalog);
        var fields = ProductRules.Normalize(new ProductFields(input.Sku, input.Name, input.Description, input.Price, input.CategoryId, input.ImageUrl));
        var errors = ProductRules.Validate(fields);
        if (errors.Count > 0)
        {
            return new CreateProductPayload(null, errors);
        }

        var write = await catalog.CreateAsync(fields, cancellationToken);
        return write.Outcome switch
        {
            ProductWriteOutcome.Saved => new CreateProductPayload(write.Product, null),
            ProductWriteOutcome.DuplicateSku => new CreateProductPayload(null, [new DuplicateSkuError(fields.Sku)]),
            _ => new CreateProductPayload(null, [ProductRules.UnknownCategory]),
        };
    }

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("Changes a product (ADMIN only); fields left out stay as they are.")]
    public async Task<UpdateProductPayload> UpdateProductAsync(UpdateProductInput input, [Service] ProductCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalog);
        var current = Guid.TryParse(input.Id, out var id) ? await catalog.FindAsync(id, cancellationToken) : null;
        if (current is null)
        {
            return new UpdateProductPayload(null, [new ProductNotFoundError(input.Id)]);
        }

        var fields = ProductRules.Normalize(Merge(ProductFields.From(current), input));
        var errors = ProductRules.Validate(fields);
        if (errors.Count > 0)
        {
            return new UpdateProductPayload(null, errors);
        }

        var write = await catalog.UpdateAsync(id, fields, cancellationToken);
        return write.Outcome switch
        {
            ProductWriteOutcome.Saved => new UpdateProductPayload(write.Product, null),
            ProductWriteOutcome.NotFound => new UpdateProductPayload(null, [new ProductNotFoundError(input.Id)]),
            ProductWriteOutcome.DuplicateSku => new UpdateProductPayload(null, [new DuplicateSkuError(fields.Sku)]),
            _ => new UpdateProductPayload(null, [ProductRules.UnknownCategory]),
        };
    }

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("Removes a product from the catalog (ADMIN only). Orders keep their copy of its name, SKU and price.")]
    public async Task<DeleteProductPayload> DeleteProductAsync(DeleteProductInput input, [Service] ProductCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalog);
        var write = Guid.TryParse(input.Id, out var id) ? await catalog.DeleteAsync(id, cancellationToken) : new ProductWrite(ProductWriteOutcome.NotFound);
        return write.Outcome == ProductWriteOutcome.Saved
            ? new DeleteProductPayload(write.Product, null)
            : new DeleteProductPayload(null, [new ProductNotFoundError(input.Id)]);
    }

    private static ProductFields Merge(ProductFields current, UpdateProductInput input) => new(
        input.Sku ?? current.Sku,
        input.Name ?? current.Name,
        input.Description ?? current.Description,
        input.Price ?? current.Price,
        input.CategoryId ?? current.CategoryId,
        input.ImageUrl ?? current.ImageUrl);
}

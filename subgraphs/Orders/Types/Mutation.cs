using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Infrastructure.Checkout;
using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore.Authorization;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Orders.Types;

/// <summary>
/// Mutations in Hot Chocolate's conventions: one <c>input</c> argument, a payload with the result and
/// <c>errors</c>, the expected failures as typed data. Cart and checkout need a signed-in customer
/// (AUTH_NOT_AUTHENTICATED otherwise, AUTH_NOT_AUTHORIZED for tokens that are not a user's);
/// the status changes need ADMIN.
/// </summary>
public sealed class Mutation
{
    [Authorize]
    [GraphQLDescription("Adds units of a product to the signed-in customer's cart (added to an item already there).")]
    public async Task<AddToCartPayload> AddToCartAsync(AddToCartInput input, IResolverContext context, [Service] CartStore carts, [Service] TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = Viewer.From(context).RequireUser();
        if (!Guid.TryParse(input.ProductId, out var productId))
        {
            return new(null, [UnknownProduct()]);
        }

        if (input.Quantity is < 1 or > CartStore.MaxQuantity)
        {
            return new(null, [QuantityOutOfRange(1)]);
        }

        var (cart, error) = await carts.ChangeAsync<IAddToCartError>(
            userId,
            cart =>
            {
                var item = cart.Items.Find(i => i.ProductId == productId);
                if (item is null && cart.Items.Count >= CartStore.MaxItems)
                {
                    return new InvalidInputError("productId", $"A cart holds at most {CartStore.MaxItems} different products.");
                }

                if (item is null)
                {
                    cart.Items.Add(new CartItem { UserId = userId, ProductId = productId, Quantity = input.Quantity, AddedAt = time.GetUtcNow() });
                    return null;
                }

                if (item.Quantity + input.Quantity > CartStore.MaxQuantity)
                {
                    return QuantityOutOfRange(1);
                }

                item.Quantity += input.Quantity;
                return null;
            },
            cancellationToken);
        return error is null ? new(cart, null) : new(null, [error]);
    }

    [Authorize]
    [GraphQLDescription("Sets the quantity of an item in the signed-in customer's cart; 0 removes it.")]
    public async Task<UpdateCartItemPayload> UpdateCartItemAsync(UpdateCartItemInput input, IResolverContext context, [Service] CartStore carts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = Viewer.From(context).RequireUser();
        if (!Guid.TryParse(input.ProductId, out var productId))
        {
            return new(null, [new CartItemNotFoundError(input.ProductId)]);
        }

        if (input.Quantity is < 0 or > CartStore.MaxQuantity)
        {
            return new(null, [QuantityOutOfRange(0)]);
        }

        var (cart, error) = await carts.ChangeAsync<IUpdateCartItemError>(
            userId,
            cart =>
            {
                if (cart.Items.Find(i => i.ProductId == productId) is not { } item)
                {
                    return new CartItemNotFoundError(input.ProductId);
                }

                if (input.Quantity == 0)
                {
                    cart.Items.Remove(item);
                }
                else
                {
                    item.Quantity = input.Quantity;
                }

                return null;
            },
            cancellationToken);
        return error is null ? new(cart, null) : new(null, [error]);
    }

    [Authorize]
    [GraphQLDescription("Removes a product from the signed-in customer's cart.")]
    public async Task<RemoveFromCartPayload> RemoveFromCartAsync(RemoveFromCartInput input, IResolverContext context, [Service] CartStore carts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = Viewer.From(context).RequireUser();
        if (!Guid.TryParse(input.ProductId, out var productId))
        {
            return new(null, [new CartItemNotFoundError(input.ProductId)]);
        }

        var (cart, error) = await carts.ChangeAsync<IRemoveFromCartError>(
            userId,
            cart => cart.Items.RemoveAll(i => i.ProductId == productId) == 0 ? new CartItemNotFoundError(input.ProductId) : null,
            cancellationToken);
        return error is null ? new(cart, null) : new(null, [error]);
    }

    [Authorize]
    [GraphQLDescription("Orders what is in the signed-in customer's cart: prices from Products, stock reserved in Inventory, payment charged by Payments; PAID on success. The same idempotencyKey returns the same order and never charges twice.")]
    public Task<CheckoutPayload> CheckoutAsync(CheckoutInput input, IResolverContext context, [Service] CheckoutService checkout, CancellationToken cancellationToken)
        => checkout.CheckoutAsync(Viewer.From(context).RequireUser(), input, cancellationToken);

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("PAID → SHIPPED (ADMIN only).")]
    public async Task<ShipOrderPayload> ShipOrderAsync(ShipOrderInput input, [Service] OrderAdministration administration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reason = string.IsNullOrWhiteSpace(input.TrackingNumber) ? "shipped" : $"shipped, tracking number {input.TrackingNumber.Trim()}";
        var (order, error) = await administration.ChangeAsync(input.OrderId, OrderStatus.Shipped, reason, cancellationToken);
        return error is null ? new(order, null) : new(null, [(IShipOrderError)error]);
    }

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("SHIPPED → DELIVERED (ADMIN only).")]
    public async Task<DeliverOrderPayload> DeliverOrderAsync(DeliverOrderInput input, [Service] OrderAdministration administration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (order, error) = await administration.ChangeAsync(input.OrderId, OrderStatus.Delivered, "delivered", cancellationToken);
        return error is null ? new(order, null) : new(null, [(IDeliverOrderError)error]);
    }

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("PENDING or PAID → CANCELLED (ADMIN only): the stock reservation is released; a PAID order's payment is refunded in full.")]
    public async Task<CancelOrderPayload> CancelOrderAsync(CancelOrderInput input, [Service] OrderAdministration administration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (order, error) = await administration.ChangeAsync(input.OrderId, OrderStatus.Cancelled, Reason("cancelled", input.Reason), cancellationToken);
        return error is null ? new(order, null) : new(null, [(ICancelOrderError)error]);
    }

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("PAID, SHIPPED or DELIVERED → REFUNDED (ADMIN only): the payment is refunded in full through Payments.")]
    public async Task<RefundOrderPayload> RefundOrderAsync(RefundOrderInput input, [Service] OrderAdministration administration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (order, error) = await administration.ChangeAsync(input.OrderId, OrderStatus.Refunded, Reason("refunded", input.Reason), cancellationToken);
        return error is null ? new(order, null) : new(null, [(IRefundOrderError)error]);
    }

    private static string Reason(string what, string? why) => string.IsNullOrWhiteSpace(why) ? what : $"{what}: {why.Trim()}";

    private static InvalidInputError UnknownProduct() => new("productId", "The product id is not an id of the catalog.");

    private static InvalidInputError QuantityOutOfRange(int min) => new("quantity", $"The quantity must be {min} to {CartStore.MaxQuantity} (in all, for one product).");
}

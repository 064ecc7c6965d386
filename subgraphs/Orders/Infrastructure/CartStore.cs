using ECommerce.Orders.Model;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure;

/// <summary>
/// The persistent carts. Each call uses its own short-lived context; changes to one cart are serialized
/// by locking its row, so concurrent adds of the same product add up.
/// </summary>
public sealed class CartStore(DbContextOptions<OrdersContext> options, TimeProvider time)
{
    public const int MaxQuantity = 99;
    public const int MaxItems = 50;

    public async Task<Cart> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = new OrdersContext(options);
        return await LoadAsync(db, userId, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="change"/> on the user's locked cart (created when missing) and saves it,
    /// unless it returns a failure (then nothing is written). Returns the cart afterwards and the failure.
    /// </summary>
    public async Task<(Cart Cart, TError? Error)> ChangeAsync<TError>(Guid userId, Func<Cart, TError?> change, CancellationToken cancellationToken)
        where TError : class
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = new OrdersContext(options);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO carts (user_id, updated_at) VALUES ({userId}, {now}) ON CONFLICT (user_id) DO NOTHING",
            cancellationToken);
        var cart = (await db.Carts.FromSql($"SELECT * FROM carts WHERE user_id = {userId} FOR UPDATE").ToListAsync(cancellationToken)).Single();
        await db.Entry(cart).Collection(c => c.Items).LoadAsync(cancellationToken);
        var error = change(cart);
        if (error is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (Sorted(await LoadAsync(db, userId, cancellationToken)), error);
        }

        foreach (var removed in db.ChangeTracker.Entries<CartItem>().Where(e => !cart.Items.Contains(e.Entity)).ToList())
        {
            removed.State = EntityState.Deleted;
        }

        cart.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (Sorted(cart), null);
    }

    private static async Task<Cart> LoadAsync(OrdersContext db, Guid userId, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        return Sorted(cart ?? new Cart { UserId = userId });
    }

    private static Cart Sorted(Cart cart)
    {
        cart.Items = [.. cart.Items.OrderBy(i => i.AddedAt).ThenBy(i => i.ProductId)];
        return cart;
    }
}

using ECommerce.Payments.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Payments.Infrastructure;

/// <summary>
/// Reads payments (with their refunds) on a DbContext of its own per call, so DataLoader batches that the executor
/// runs at the same time never share the request's DbContext.
/// </summary>
public sealed class PaymentReader(IServiceScopeFactory scopes)
{
    public async Task<List<PaymentRecord>> ReadAsync(Func<IQueryable<PaymentRecord>, IQueryable<PaymentRecord>> filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PaymentsContext>();
        return await filter(context.Payments.AsNoTracking().Include(p => p.Refunds)).ToListAsync(cancellationToken);
    }
}

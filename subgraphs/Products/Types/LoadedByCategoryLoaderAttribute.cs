using ECommerce.Products.Infrastructure;
using ECommerce.Products.Model;
using Gql.DataLoader;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Products.Types;

/// <summary>
/// Resolves <c>Product.category</c> through <see cref="CategoryByIdDataLoader"/> instead of the EF
/// navigation (which is not loaded), so a page of products costs one categories query. The
/// navigation stays a property, so <c>where</c> and <c>order</c> can reach the category's fields.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class LoadedByCategoryLoaderAttribute : ObjectFieldDescriptorAttribute
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Use(_ => LoadAsync);
    }

    private static async ValueTask<object?> LoadAsync(IResolverContext context)
        => await context.DataLoader<CategoryByIdDataLoader>().LoadAsync(context.Parent<Product>().CategoryId, context.RequestAborted);
}

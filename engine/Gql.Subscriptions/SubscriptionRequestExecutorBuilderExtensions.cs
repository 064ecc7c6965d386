using Gql.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gql.Subscriptions;

/// <summary>Registers a pub/sub provider for <see cref="SubscribeAttribute"/> fields and for publishers.</summary>
public static class SubscriptionRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Topics inside this process: registers <see cref="InMemoryPubSub"/> as the singleton
    /// <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/> (replacing another provider).
    /// </summary>
    public static IRequestExecutorBuilder AddInMemorySubscriptions(this IRequestExecutorBuilder builder, Action<SubscriptionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        builder.Services.TryAddSingleton(sp => new InMemoryPubSub(sp.GetRequiredService<IOptions<SubscriptionOptions>>().Value));
        return builder.AddPubSub<InMemoryPubSub>();
    }

    /// <summary>
    /// Makes the registered <typeparamref name="TPubSub"/> singleton the <see cref="ITopicEventSender"/> and
    /// <see cref="ITopicEventReceiver"/>, replacing earlier registrations of those two services.
    /// </summary>
    public static IRequestExecutorBuilder AddPubSub<TPubSub>(this IRequestExecutorBuilder builder)
        where TPubSub : class, ITopicEventSender, ITopicEventReceiver
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<ITopicEventSender>();
        builder.Services.RemoveAll<ITopicEventReceiver>();
        builder.Services.AddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<TPubSub>());
        builder.Services.AddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<TPubSub>());
        return builder;
    }
}

namespace Gql.Subscriptions;

/// <summary>A subscriber as a provider's topic sees it: a buffer to write received items to.</summary>
internal interface ITopicSubscriber<in TItem>
{
    /// <summary>The CLR type the subscriber reads its events as.</summary>
    Type MessageType { get; }

    void Write(TItem item);

    void Complete();
}

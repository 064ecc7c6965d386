namespace Gql.Subscriptions;

/// <summary>
/// The topic of a <see cref="SubscribeAttribute"/> field. On the method: a fixed name or a template
/// whose <c>{argument}</c> placeholders are replaced by the field's argument values
/// (<c>[Topic("order/{orderId}")]</c>). On a parameter (a GraphQL argument): the argument's value is
/// appended to the topic as <c>_value</c>, so <c>OnOrderChanged([Topic] string orderId)</c> listens on
/// <c>OnOrderChanged_42</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class TopicAttribute : Attribute
{
    public TopicAttribute()
    {
    }

    public TopicAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The topic name or template (method only); null on a parameter.</summary>
    public string? Name { get; }
}

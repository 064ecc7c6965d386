namespace Gql.Types;

/// <summary>
/// Binds a subscription resolver parameter to the event that triggered it (the source stream's
/// item, which is the parent value of the subscription root field; spec section 6.2.3.2).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class EventMessageAttribute : Attribute;

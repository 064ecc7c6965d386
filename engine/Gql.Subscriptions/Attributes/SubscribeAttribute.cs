using System.Reflection;
using System.Runtime.CompilerServices;
using Gql.Language;
using Gql.Types;

namespace Gql.Subscriptions;

/// <summary>
/// Makes a subscription root method a field whose event stream is a topic of the
/// <see cref="ITopicEventReceiver"/> service: the method itself maps each event (bound with
/// <see cref="EventMessageAttribute"/>) to the field's value.
/// <para>
/// Topic rule: the method's <see cref="TopicAttribute"/> name or template, else the C# method name
/// (<c>nameof(Subscription.OnOrderChanged)</c>); then, for each parameter marked
/// <see cref="TopicAttribute"/> in declaration order, <c>"_" + value</c>. Template placeholders
/// <c>{name}</c> are GraphQL argument names. Values are formatted with the invariant culture
/// (booleans as <c>true</c>/<c>false</c>, null as the empty string).
/// </para>
/// <para>The message type is <see cref="MessageType"/>, else the type of the <c>[EventMessage]</c> parameter, else the method's return type.</para>
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class SubscribeAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    /// <summary>The CLR type events of the topic are read as (deserialized to, for Redis).</summary>
    public Type? MessageType { get; set; }

    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Member is not MethodInfo method)
        {
            throw SchemaError($"[Subscribe] can only mark a method; {descriptor.DeclaringType.Name}.{descriptor.Field.Name} is not one.");
        }

        var topic = TopicTemplate.Create(method, descriptor.Field, out var errors);
        if (errors.Count > 0)
        {
            throw new SchemaException([.. errors.Select(e => GraphQLError.WithCode(e, ErrorCodes.SchemaInvalid))]);
        }

        descriptor.Field.Subscriber = TopicSubscriber.Create(MessageTypeOf(method, descriptor.ResultType), topic);
    }

    private Type MessageTypeOf(MethodInfo method, Type resultType)
        => MessageType
           ?? method.GetParameters().FirstOrDefault(p => p.IsDefined(typeof(EventMessageAttribute)))?.ParameterType
           ?? resultType;

    private static SchemaException SchemaError(string message)
        => new([GraphQLError.WithCode(message, ErrorCodes.SchemaInvalid)]);
}

using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.CodeFirst.Tests.Descriptors;

/// <summary>Gives a subscription field the event stream 1, 2, 3, the way [Subscribe] gives it a topic's stream.</summary>
public sealed class TicksAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
        => descriptor.Field.Subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks());

    private static async IAsyncEnumerable<object?> Ticks()
    {
        for (var i = 1; i <= 3; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

using System.Runtime.CompilerServices;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.CodeFirst.Tests.Descriptors;

/// <summary>Adds a <c>limit: Int = 2</c> argument the method does not declare, and applies it to the list the method returns.</summary>
public sealed class UseLimitAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        descriptor.Field.Arguments.Add(new Argument("limit", descriptor.Context.GetScalar("Int")) { DefaultValue = new IntValueNode(null, "2") });
        descriptor.Use(next => async context =>
        {
            var items = (IEnumerable<object?>)(await next(context))!;
            return items.Take((int)context.Arguments["limit"]!).ToList();
        });
    }
}

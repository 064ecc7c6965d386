using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.CodeFirst.Tests.Descriptors;

/// <summary>Middleware that appends a suffix to the string the rest of the pipeline produces.</summary>
public sealed class SuffixAttribute(string suffix, [CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
        => descriptor.Use(next => async context => (string?)await next(context) + suffix);
}

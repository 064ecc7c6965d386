using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.CodeFirst.Tests.Descriptors;

/// <summary>Middleware that upper-cases the string the rest of the pipeline produces.</summary>
public sealed class UpperCaseAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
        => descriptor.Use(next => async context => ((string?)await next(context))?.ToUpperInvariant());
}

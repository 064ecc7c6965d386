using Microsoft.AspNetCore.Builder;

namespace Gql.AspNetCore;

/// <summary>The conventions of <c>MapGraphQL</c>'s endpoints (the path and the files below it) applied to all of them.</summary>
internal sealed class GraphQLEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var builder in builders)
        {
            builder.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var builder in builders)
        {
            builder.Finally(finallyConvention);
        }
    }
}

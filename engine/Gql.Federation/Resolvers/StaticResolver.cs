using System.Reflection;

namespace Gql.Federation;

/// <summary>
/// A compiled static resolver method ([NodeResolver], [ReferenceResolver]): the parameters that take
/// input values (keys, representation fields), and the call, which gets those values in order.
/// </summary>
internal sealed record StaticResolver(IReadOnlyList<ParameterInfo> Inputs, Func<IResolverContext, object?[], ValueTask<object?>> Invoke);

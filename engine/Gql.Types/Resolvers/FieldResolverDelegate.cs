namespace Gql.Types.Resolvers;

/// <summary>Resolves the value of one field for one parent value.</summary>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);

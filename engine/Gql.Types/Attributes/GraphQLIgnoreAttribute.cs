namespace Gql.Types;

/// <summary>Keeps a public member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;

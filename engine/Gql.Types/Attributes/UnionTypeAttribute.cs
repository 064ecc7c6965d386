namespace Gql.Types;

/// <summary>Makes a C# marker interface a GraphQL union of the object types that implement it.</summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class UnionTypeAttribute : Attribute;

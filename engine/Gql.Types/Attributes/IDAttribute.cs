namespace Gql.Types;

/// <summary>Exposes a string, integer or UUID member as the <c>ID</c> scalar.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute : Attribute;

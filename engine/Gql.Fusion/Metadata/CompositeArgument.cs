using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>An argument of a composite field as clients see it (requirement arguments are not among them).</summary>
public sealed record CompositeArgument(string Name, TypeNode Type, ValueNode? DefaultValue = null);

using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation;

/// <summary>
/// A variable used somewhere in an operation or fragment, with the input type expected where it is used,
/// the default value of that position (argument or input field) and the input type around it.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, IType? Type, ValueNode? DefaultValue, bool HasDefaultValue, IType? ParentType);

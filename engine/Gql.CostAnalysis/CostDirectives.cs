using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.CostAnalysis;

/// <summary>
/// The directives of the IBM GraphQL Cost Directives spec (ibm.github.io/graphql-specs/cost-spec.html)
/// as Hot Chocolate declares them: <c>@cost(weight: String!)</c> and <c>@listSize(...)</c>.
/// </summary>
public static class CostDirectives
{
    public const string Cost = "cost";
    public const string ListSize = "listSize";

    /// <summary>The two definitions in SDL, for schemas that declare them in their own documents.</summary>
    public const string Sdl = """
        directive @cost(weight: String!) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM | INPUT_FIELD_DEFINITION
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;

    public static DirectiveDefinition CreateCostDefinition(IType stringType)
    {
        ArgumentNullException.ThrowIfNull(stringType);
        var definition = new DirectiveDefinition(Cost)
        {
            Description = "The relative cost of resolving a field, argument or type (a number as a string).",
        };
        definition.Arguments.Add(new Argument("weight", new NonNullType(stringType)));
        definition.Locations.AddRange([
            DirectiveLocation.Scalar, DirectiveLocation.Object, DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.InputFieldDefinition]);
        return definition;
    }

    public static DirectiveDefinition CreateListSizeDefinition(IType stringType, IType intType, IType booleanType)
    {
        ArgumentNullException.ThrowIfNull(stringType);
        ArgumentNullException.ThrowIfNull(intType);
        ArgumentNullException.ThrowIfNull(booleanType);
        var definition = new DirectiveDefinition(ListSize)
        {
            Description = "The size of the list a field returns: assumed, or taken from slicing arguments; sizedFields name the child lists it applies to.",
        };
        definition.Arguments.Add(new Argument("assumedSize", intType));
        definition.Arguments.Add(new Argument("slicingArguments", new ListType(new NonNullType(stringType))));
        definition.Arguments.Add(new Argument("sizedFields", new ListType(new NonNullType(stringType))));
        definition.Arguments.Add(new Argument("requireOneSlicingArgument", booleanType) { DefaultValue = new BooleanValueNode(null, true) });
        definition.Locations.Add(DirectiveLocation.FieldDefinition);
        return definition;
    }

    /// <summary><c>@cost(weight: "...")</c> as applied in a schema.</summary>
    public static DirectiveNode CreateCostNode(string weight)
        => new(null, new NameNode(null, Cost), [new ArgumentNode(null, new NameNode(null, "weight"), new StringValueNode(null, weight, false))]);

    /// <summary><c>@listSize(...)</c> as applied in a schema; null and empty values are left out.</summary>
    public static DirectiveNode CreateListSizeNode(int? assumedSize, IReadOnlyList<string>? slicingArguments, IReadOnlyList<string>? sizedFields, bool requireOneSlicingArgument)
    {
        var arguments = new List<ArgumentNode>();
        if (assumedSize is { } size)
        {
            arguments.Add(Argument("assumedSize", new IntValueNode(null, size.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (slicingArguments is { Count: > 0 })
        {
            arguments.Add(Argument("slicingArguments", StringList(slicingArguments)));
        }

        if (sizedFields is { Count: > 0 })
        {
            arguments.Add(Argument("sizedFields", StringList(sizedFields)));
        }

        if (!requireOneSlicingArgument)
        {
            arguments.Add(Argument("requireOneSlicingArgument", new BooleanValueNode(null, false)));
        }

        return new DirectiveNode(null, new NameNode(null, ListSize), arguments);
    }

    private static ArgumentNode Argument(string name, ValueNode value) => new(null, new NameNode(null, name), value);

    private static ListValueNode StringList(IReadOnlyList<string> values)
        => new(null, [.. values.Select(v => (ValueNode)new StringValueNode(null, v, false))]);
}

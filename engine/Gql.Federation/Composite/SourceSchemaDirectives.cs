using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Federation;

/// <summary>
/// The directive definitions of the GraphQL Composite Schemas spec ("Source Schema" section), in
/// the spec's own text, and helpers that apply them to schema members while a schema is built.
/// </summary>
public static class SourceSchemaDirectives
{
    /// <summary>The definitions exactly as the spec writes them, by directive name.</summary>
    public static IReadOnlyDictionary<string, string> Definitions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FederationDirectiveNames.Lookup] = "directive @lookup on FIELD_DEFINITION",
        [FederationDirectiveNames.Internal] = "directive @internal on OBJECT | FIELD_DEFINITION",
        [FederationDirectiveNames.Inaccessible] = "directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION",
        [FederationDirectiveNames.Is] = "directive @is(field: FieldSelectionMap!) on ARGUMENT_DEFINITION",
        [FederationDirectiveNames.Require] = "directive @require(field: FieldSelectionMap!) on ARGUMENT_DEFINITION",
        [FederationDirectiveNames.Key] = "directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE",
        [FederationDirectiveNames.Shareable] = "directive @shareable repeatable on OBJECT | FIELD_DEFINITION",
        [FederationDirectiveNames.Provides] = "directive @provides(fields: FieldSelectionSet!) on FIELD_DEFINITION",
        [FederationDirectiveNames.External] = "directive @external on FIELD_DEFINITION",
        [FederationDirectiveNames.Override] = "directive @override(from: String!) on FIELD_DEFINITION",
    };

    /// <summary>Adds the definition of directive <paramref name="name"/> to the schema being built (once).</summary>
    public static void Define(IDescriptorContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var node = (DirectiveDefinitionNode)Parser.Parse(Definitions[name]).Definitions[0];
        var definition = new DirectiveDefinition(name) { IsRepeatable = node.IsRepeatable };
        foreach (var argument in node.Arguments)
        {
            definition.Arguments.Add(new Argument(argument.Name.Value, ToType(context, argument.Type)));
        }

        foreach (var location in node.Locations)
        {
            definition.Locations.Add(DirectiveLocationNames.TryParse(location.Value, out var parsed) ? parsed : throw new InvalidOperationException($"Unknown directive location {location.Value}."));
        }
        context.AddDirectiveDefinition(definition);
    }

    /// <summary>Defines directive <paramref name="name"/> and returns an application of it with string arguments.</summary>
    public static DirectiveNode Apply(IDescriptorContext context, string name, params (string Name, string Value)[] arguments)
    {
        Define(context, name);
        return Create(name, arguments);
    }

    /// <summary>An applied directive node with string arguments.</summary>
    public static DirectiveNode Create(string name, params (string Name, string Value)[] arguments)
        => new(null, new NameNode(null, name), arguments
            .Select(a => new ArgumentNode(null, new NameNode(null, a.Name), new StringValueNode(null, a.Value, false)))
            .ToArray());

    private static IType ToType(IDescriptorContext context, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(ToType(context, nonNull.Type)),
        ListTypeNode list => new ListType(ToType(context, list.Type)),
        NamedTypeNode named => FederationScalars.Get(context, named.Name.Value),
        _ => throw new ArgumentException($"Unknown type node {node.Kind}.", nameof(node)),
    };
}

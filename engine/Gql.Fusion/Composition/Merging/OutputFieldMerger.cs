using Gql.Federation;

namespace Gql.Fusion.Composition.Merging;

/// <summary>
/// The spec's MergeOutputField and MergeArgumentDefinitions: <c>@inaccessible</c> anywhere removes the
/// field (argument), <c>@internal</c> declarations do not take part, the field type is the least
/// restrictive and each argument type the most restrictive of the declarations, <c>@require</c>
/// arguments are left out (the gateway fills them), descriptions and defaults come from the first
/// declaration that has one.
/// </summary>
internal sealed class OutputFieldMerger(ISet<string> publicTypes, CompositionLog log)
{
    public FieldDefinitionNode? Merge(string typeName, IReadOnlyList<(SourceSchema Schema, OutputField Field)> declarations)
    {
        if (declarations.Any(d => DirectiveReader.IsInaccessible(d.Field.Directives)))
        {
            return null;
        }

        var visible = declarations.Where(d => !DirectiveReader.IsInternal(d.Field.Directives)).ToArray();
        if (visible.Length == 0)
        {
            return null;
        }

        var type = visible.Select(d => TypeShapes.ToSyntax(d.Field.Type)).Aggregate(TypeShapes.LeastRestrictive);
        var coordinate = typeName + "." + visible[0].Field.Name;
        if (!IsPublic(type, coordinate, visible.Select(v => v.Schema.Name)))
        {
            return null;
        }

        var arguments = new List<InputValueDefinitionNode>();
        foreach (var name in MergeSyntax.Union(visible.SelectMany(d => d.Field.Arguments.Select(a => a.Name))))
        {
            var declared = visible
                .Where(d => d.Field.Arguments.Contains(name))
                .Select(d => (d.Schema, Argument: d.Field.Arguments[name]!))
                .ToArray();
            if (MergeArgument(coordinate, declared) is { } argument)
            {
                arguments.Add(argument);
            }
        }

        return new FieldDefinitionNode(
            null,
            MergeSyntax.Description(visible.Select(d => d.Field.Description)),
            MergeSyntax.Name(visible[0].Field.Name),
            arguments,
            type,
            MergeSyntax.Deprecation(visible.Select(d => d.Field.DeprecationReason)));
    }

    private InputValueDefinitionNode? MergeArgument(string fieldCoordinate, IReadOnlyList<(SourceSchema Schema, Argument Argument)> declarations)
    {
        if (declarations.Any(d => DirectiveReader.IsInaccessible(d.Argument.Directives)))
        {
            return null;
        }

        var merged = declarations.Where(d => !DirectiveReader.Has(d.Argument.Directives, FederationDirectiveNames.Require)).ToArray();
        if (merged.Length == 0)
        {
            return null;
        }

        var type = merged.Select(d => TypeShapes.ToSyntax(d.Argument.Type)).Aggregate(TypeShapes.MostRestrictive);
        var name = merged[0].Argument.Name;
        if (!IsPublic(type, $"{fieldCoordinate}({name}:)", merged.Select(m => m.Schema.Name)))
        {
            return null;
        }

        return new InputValueDefinitionNode(
            null,
            MergeSyntax.Description(merged.Select(d => d.Argument.Description)),
            MergeSyntax.Name(name),
            type,
            merged.Select(d => d.Argument.DefaultValue).FirstOrDefault(v => v is not null),
            MergeSyntax.Deprecation(merged.Select(d => d.Argument.DeprecationReason)));
    }

    private bool IsPublic(TypeNode type, string coordinate, IEnumerable<string> schemaNames)
    {
        var named = NamedTypeName(type);
        if (publicTypes.Contains(named) || BuiltInScalars.IsSpecified(named))
        {
            return true;
        }

        foreach (var schema in schemaNames)
        {
            log.Error(
                CompositionErrorCodes.ReferenceToInaccessibleType,
                $"The public member '{coordinate}' in schema '{schema}' references the type '{named}', which is @inaccessible or @internal in the composite schema; mark '{coordinate}' @inaccessible or @internal too.",
                schema,
                coordinate);
        }

        return false;
    }

    public static string NamedTypeName(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedTypeName(nonNull.Type),
        ListTypeNode list => NamedTypeName(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new ArgumentException($"Unknown type node {type.Kind}.", nameof(type)),
    };
}

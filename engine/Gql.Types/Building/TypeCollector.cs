using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// Collects every type reachable from the defined types, the root types, the directive arguments and
/// <c>__Schema</c>, in the order graphql-js's GraphQLSchema constructor produces (which printSchema
/// and introspection follow).
/// </summary>
internal static class TypeCollector
{
    public static IReadOnlyList<NamedType> Collect(
        IReadOnlyList<NamedType> types,
        IReadOnlyDictionary<OperationType, NamedType?> roots,
        IReadOnlyList<DirectiveDefinition> directives,
        List<GraphQLError> errors)
    {
        var ordered = new List<NamedType>(types);
        var seen = new HashSet<NamedType>(types, ReferenceEqualityComparer.Instance);
        foreach (var type in types)
        {
            // graphql-js deletes each given type from its ordered set and collects it again.
            ordered.Remove(type);
            seen.Remove(type);
            Collect(type, ordered, seen);
        }

        foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            if (roots.TryGetValue(operation, out var root) && root is not null)
            {
                Collect(root, ordered, seen);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type, ordered, seen);
            }
        }

        Collect(IntrospectionTypes.SchemaType, ordered, seen);

        var byName = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var result = new List<NamedType>(ordered.Count);
        foreach (var type in ordered)
        {
            if (byName.TryGetValue(type.Name, out var existing))
            {
                if (!ReferenceEquals(existing, type))
                {
                    errors.Add(SchemaErrors.Create($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."));
                }

                continue;
            }

            byName[type.Name] = type;
            result.Add(type);
        }

        return result;
    }

    private static void Collect(IType type, List<NamedType> ordered, HashSet<NamedType> seen)
    {
        var named = type.NamedType();
        if (!seen.Add(named))
        {
            return;
        }

        ordered.Add(named);
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, ordered, seen);
                }

                break;
            case ComplexOutputType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Collect(implemented, ordered, seen);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type, ordered, seen);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, ordered, seen);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type, ordered, seen);
                }

                break;
        }
    }
}

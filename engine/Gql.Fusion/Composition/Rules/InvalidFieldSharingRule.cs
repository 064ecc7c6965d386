using Gql.Fusion.Composition.Merging;

namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// INVALID_FIELD_SHARING: a field that is not part of a key and that several source schemas resolve
/// must be <c>@shareable</c> (on the field or its type) in them; subscription fields are never shared.
/// Fields an <c>@internal</c> declaration, <c>@external</c> or <c>@override</c> exempts are not counted.
/// </summary>
internal sealed class InvalidFieldSharingRule : IPostMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, MergeResult merged, CompositionLog log)
    {
        var keyFields = KeyFieldNames(schemas);
        foreach (var (typeName, fieldName, fields) in FieldGroups.Build(schemas))
        {
            if (schemas.Any(s => s.Schema.GetType(typeName) is InterfaceType))
            {
                continue;
            }

            var isSubscription = typeName == "Subscription";
            var resolving = fields
                .Where(f => !DirectiveReader.IsExternal(f.Field.Directives) && !OverrideDirective.IsOverridden(f.Field))
                .ToArray();
            if (fields.Any(f => OverrideDirective.IsOverridden(f.Field)) || (!isSubscription && keyFields.Contains((typeName, fieldName))))
            {
                continue;
            }

            var unshared = resolving.Where(f => isSubscription || !IsShareable(f.Schema, typeName, f.Field)).ToArray();
            if (resolving.Length < 2 || unshared.Length == 0)
            {
                continue;
            }

            var names = string.Join(", ", resolving.Select(f => $"'{f.Schema.Name}'"));
            foreach (var (schema, _) in unshared)
            {
                log.Error(
                    CompositionErrorCodes.InvalidFieldSharing,
                    isSubscription
                        ? $"The subscription field '{typeName}.{fieldName}' in schema '{schema.Name}' must not be shared (it is defined in {names})."
                        : $"The field '{typeName}.{fieldName}' in schema '{schema.Name}' must be shareable: it is resolved by {names}.",
                    schema.Name,
                    $"{typeName}.{fieldName}");
            }
        }
    }

    private static bool IsShareable(SourceSchema schema, string typeName, OutputField field)
        => DirectiveReader.IsShareable(field.Directives) || DirectiveReader.IsShareable(schema.Schema.GetType(typeName)!.Directives);

    private static HashSet<(string, string)> KeyFieldNames(IReadOnlyList<SourceSchema> schemas)
    {
        var names = new HashSet<(string, string)>();
        foreach (var schema in schemas)
        {
            foreach (var key in KeyDirective.Parsed(schema))
            {
                Selections.SelectionWalker.Walk(key.Type, key.Selection!, (parent, node, _) => names.Add((parent.Name, node.Name.Value)));
            }
        }

        return names;
    }
}

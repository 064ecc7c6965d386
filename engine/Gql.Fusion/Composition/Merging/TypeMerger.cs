namespace Gql.Fusion.Composition.Merging;

/// <summary>
/// The spec's MergeTypes for each kind: scalars, enums, unions, input objects, interfaces and object
/// types, each returning the public definition or null when the type is not part of the public schema.
/// </summary>
internal sealed class TypeMerger(ISet<string> publicTypes, CompositionLog log)
{
    private readonly OutputFieldMerger _fields = new(publicTypes, log);

    public TypeDefinitionNode? Merge(string name, IReadOnlyList<SourceType> types)
    {
        if (!publicTypes.Contains(name))
        {
            return null;
        }

        return types[0].Type switch
        {
            ScalarType => MergeScalar(name, types),
            EnumType => MergeEnum(name, types),
            UnionType => MergeUnion(name, types),
            InputObjectType => MergeInput(name, types),
            InterfaceType => MergeComplex(name, types, isObject: false),
            _ => MergeComplex(name, types.Where(t => !t.IsInternal).ToArray(), isObject: true),
        };
    }

    private static ScalarTypeDefinitionNode MergeScalar(string name, IReadOnlyList<SourceType> types)
    {
        var url = types.Select(t => ((ScalarType)t.Type).SpecifiedByUrl).FirstOrDefault(u => u is not null);
        IReadOnlyList<DirectiveNode> directives = url is null
            ? []
            : [MergeSyntax.Directive("specifiedBy", ("url", new StringValueNode(null, url, false)))];
        return new ScalarTypeDefinitionNode(null, MergeSyntax.Description(types.Select(t => t.Type.Description)), MergeSyntax.Name(name), directives);
    }

    private EnumTypeDefinitionNode? MergeEnum(string name, IReadOnlyList<SourceType> types)
    {
        var enums = types.Select(t => (EnumType)t.Type).ToArray();
        var hidden = enums.SelectMany(e => e.Values.Where(v => DirectiveReader.IsInaccessible(v.Directives)).Select(v => v.Name)).ToHashSet(StringComparer.Ordinal);
        var values = MergeSyntax.Union(enums.SelectMany(e => e.Values.Select(v => v.Name)))
            .Where(v => !hidden.Contains(v))
            .Select(v =>
            {
                var declared = enums.Select(e => e.GetValue(v)).OfType<EnumValue>().ToArray();
                return new EnumValueDefinitionNode(
                    null,
                    MergeSyntax.Description(declared.Select(d => d.Description)),
                    MergeSyntax.Name(v),
                    MergeSyntax.Deprecation(declared.Select(d => d.DeprecationReason)));
            })
            .ToArray();
        if (values.Length == 0)
        {
            log.Error(
                CompositionErrorCodes.OnlyInaccessibleChildren,
                $"The enum type '{name}' has no accessible values; mark the type @inaccessible or expose a value.",
                types[0].Schema.Name,
                name);
            return null;
        }

        return new EnumTypeDefinitionNode(null, MergeSyntax.Description(types.Select(t => t.Type.Description)), MergeSyntax.Name(name), [], values);
    }

    private UnionTypeDefinitionNode MergeUnion(string name, IReadOnlyList<SourceType> types)
        => new(
            null,
            MergeSyntax.Description(types.Select(t => t.Type.Description)),
            MergeSyntax.Name(name),
            [],
            TypeVisibility.UnionMembers(types, publicTypes).Select(MergeSyntax.NamedType).ToArray());

    private InputObjectTypeDefinitionNode? MergeInput(string name, IReadOnlyList<SourceType> types)
    {
        var inputs = types.Select(t => (t.Schema, Type: (InputObjectType)t.Type)).ToArray();
        var fields = new List<InputValueDefinitionNode>();
        foreach (var fieldName in inputs[0].Type.Fields.Select(f => f.Name).Where(f => inputs.All(i => i.Type.Fields.Contains(f))))
        {
            var declared = inputs.Select(i => (i.Schema, Field: i.Type.Fields[fieldName]!)).ToArray();
            if (declared.Any(d => DirectiveReader.IsInaccessible(d.Field.Directives)))
            {
                foreach (var (schema, field) in declared.Where(d => d.Field.Type.IsNonNull()))
                {
                    log.Error(
                        CompositionErrorCodes.NonNullInputFieldIsInaccessible,
                        $"The non-null input field '{name}.{fieldName}' in schema '{schema.Name}' must be accessible in the composite schema.",
                        schema.Name,
                        $"{name}.{fieldName}");
                }

                continue;
            }

            var type = declared.Select(d => TypeShapes.ToSyntax(d.Field.Type)).Aggregate(TypeShapes.MostRestrictive);
            var named = OutputFieldMerger.NamedTypeName(type);
            if (!publicTypes.Contains(named) && !BuiltInScalars.IsSpecified(named))
            {
                log.Error(
                    CompositionErrorCodes.InputFieldReferencesInaccessibleType,
                    $"The input field '{name}.{fieldName}' in schema '{declared[0].Schema.Name}' references the inaccessible type '{named}'.",
                    declared[0].Schema.Name,
                    $"{name}.{fieldName}");
                continue;
            }

            fields.Add(new InputValueDefinitionNode(
                null,
                MergeSyntax.Description(declared.Select(d => d.Field.Description)),
                MergeSyntax.Name(fieldName),
                type,
                declared.Select(d => d.Field.DefaultValue).FirstOrDefault(v => v is not null),
                MergeSyntax.Deprecation(declared.Select(d => d.Field.DeprecationReason))));
        }

        if (fields.Count == 0)
        {
            log.Error(
                CompositionErrorCodes.EmptyMergedInputObjectType,
                $"The input type '{name}' has no fields that every source schema defines and none hides ({string.Join(", ", types.Select(t => $"'{t.Schema.Name}'"))}).",
                types[0].Schema.Name,
                name);
            return null;
        }

        IReadOnlyList<DirectiveNode> directives = inputs.Any(i => i.Type.IsOneOf) ? [MergeSyntax.Directive("oneOf")] : [];
        return new InputObjectTypeDefinitionNode(null, MergeSyntax.Description(types.Select(t => t.Type.Description)), MergeSyntax.Name(name), directives, fields);
    }

    private TypeDefinitionNode? MergeComplex(string name, IReadOnlyList<SourceType> types, bool isObject)
    {
        var complex = types.Select(t => (t.Schema, Type: (ComplexOutputType)t.Type)).ToArray();
        var fields = new List<FieldDefinitionNode>();
        foreach (var fieldName in MergeSyntax.Union(complex.SelectMany(c => c.Type.Fields.Select(f => f.Name))))
        {
            var declared = complex.Where(c => c.Type.Fields.Contains(fieldName)).Select(c => (c.Schema, c.Type.Fields[fieldName]!)).ToArray();
            if (_fields.Merge(name, declared) is { } field)
            {
                fields.Add(field);
            }
        }

        var interfaces = MergeSyntax.Union(complex.SelectMany(c => c.Type.Interfaces.Select(i => i.Name)))
            .Where(publicTypes.Contains)
            .Select(MergeSyntax.NamedType)
            .ToArray();
        var description = MergeSyntax.Description(types.Select(t => t.Type.Description));
        if (fields.Count == 0)
        {
            if (name is not ("Query" or "Mutation" or "Subscription"))
            {
                log.Error(
                    isObject ? CompositionErrorCodes.EmptyMergedObjectType : CompositionErrorCodes.OnlyInaccessibleChildren,
                    $"The {(isObject ? "object" : "interface")} type '{name}' has no accessible fields in the composite schema; mark the type @inaccessible or expose a field.",
                    types[0].Schema.Name,
                    name);
            }

            return null;
        }

        return isObject
            ? new ObjectTypeDefinitionNode(null, description, MergeSyntax.Name(name), interfaces, [], fields)
            : new InterfaceTypeDefinitionNode(null, description, MergeSyntax.Name(name), interfaces, [], fields);
    }
}

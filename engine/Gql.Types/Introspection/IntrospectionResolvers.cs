using Gql.Types.Resolvers;

namespace Gql.Types;

/// <summary>The resolvers of the introspection types (spec section 4.2); each reads the model object it is given.</summary>
internal static class IntrospectionResolvers
{
    public static readonly FieldResolverDelegate SchemaDescription = c => Result(Parent<Schema>(c).Description);
    public static readonly FieldResolverDelegate SchemaTypes = c => Result(Parent<Schema>(c).Types.Values.ToArray());
    public static readonly FieldResolverDelegate SchemaQueryType = c => Result(Parent<Schema>(c).QueryType);
    public static readonly FieldResolverDelegate SchemaMutationType = c => Result(Parent<Schema>(c).MutationType);
    public static readonly FieldResolverDelegate SchemaSubscriptionType = c => Result(Parent<Schema>(c).SubscriptionType);
    public static readonly FieldResolverDelegate SchemaDirectives = c => Result(
        Parent<Schema>(c).DirectiveDefinitions.Values.Where(d => IncludeDeprecated(c) || !d.IsDeprecated).Cast<object>().ToArray());

    public static readonly FieldResolverDelegate DirectiveName = c => Result(Parent<DirectiveDefinition>(c).Name);
    public static readonly FieldResolverDelegate DirectiveDescription = c => Result(Parent<DirectiveDefinition>(c).Description);
    public static readonly FieldResolverDelegate DirectiveIsRepeatable = c => Result(Parent<DirectiveDefinition>(c).IsRepeatable);
    public static readonly FieldResolverDelegate DirectiveLocations = c => Result(Parent<DirectiveDefinition>(c).Locations.Cast<object>().ToArray());
    public static readonly FieldResolverDelegate DirectiveArgs = c => Result(FilterDeprecated(c, Parent<DirectiveDefinition>(c).Arguments));
    public static readonly FieldResolverDelegate DirectiveIsDeprecated = c => Result(Parent<DirectiveDefinition>(c).IsDeprecated);
    public static readonly FieldResolverDelegate DirectiveDeprecationReason = c => Result(Parent<DirectiveDefinition>(c).DeprecationReason);

    public static readonly FieldResolverDelegate TypeKind = c => Result(Parent<IType>(c).Kind);
    public static readonly FieldResolverDelegate TypeName = c => Result((Parent<IType>(c) as NamedType)?.Name);
    public static readonly FieldResolverDelegate TypeDescription = c => Result((Parent<IType>(c) as NamedType)?.Description);
    public static readonly FieldResolverDelegate TypeSpecifiedByURL = c => Result((Parent<IType>(c) as ScalarType)?.SpecifiedByUrl);
    public static readonly FieldResolverDelegate TypeFields = c => Result(
        Parent<IType>(c) is ComplexOutputType complex ? FilterDeprecatedFields(c, complex.Fields) : null);

    public static readonly FieldResolverDelegate TypeInterfaces = c => Result(
        Parent<IType>(c) is ComplexOutputType complex ? complex.Interfaces.ToArray() : null);

    public static readonly FieldResolverDelegate TypePossibleTypes = c => Result(
        Parent<IType>(c) is NamedType named && named.IsAbstractType() ? c.Schema.GetPossibleTypes(named).ToArray() : null);

    public static readonly FieldResolverDelegate TypeEnumValues = c => Result(
        Parent<IType>(c) is EnumType enumType ? FilterDeprecatedValues(c, enumType.Values) : null);

    public static readonly FieldResolverDelegate TypeInputFields = c => Result(
        Parent<IType>(c) is InputObjectType input ? FilterDeprecated(c, input.Fields) : null);

    public static readonly FieldResolverDelegate TypeOfType = c => Result(Parent<IType>(c) switch
    {
        ListType list => list.OfType,
        NonNullType nonNull => nonNull.OfType,
        _ => null,
    });

    public static readonly FieldResolverDelegate TypeIsOneOf = c => Result(Parent<IType>(c) is InputObjectType input ? input.IsOneOf : null);

    public static readonly FieldResolverDelegate FieldName = c => Result(Parent<OutputField>(c).Name);
    public static readonly FieldResolverDelegate FieldDescription = c => Result(Parent<OutputField>(c).Description);
    public static readonly FieldResolverDelegate FieldArgs = c => Result(FilterDeprecated(c, Parent<OutputField>(c).Arguments));
    public static readonly FieldResolverDelegate FieldType = c => Result(Parent<OutputField>(c).Type);
    public static readonly FieldResolverDelegate FieldIsDeprecated = c => Result(Parent<OutputField>(c).IsDeprecated);
    public static readonly FieldResolverDelegate FieldDeprecationReason = c => Result(Parent<OutputField>(c).DeprecationReason);

    public static readonly FieldResolverDelegate InputValueName = c => Result(Parent<InputValue>(c).Name);
    public static readonly FieldResolverDelegate InputValueDescription = c => Result(Parent<InputValue>(c).Description);
    public static readonly FieldResolverDelegate InputValueType = c => Result(Parent<InputValue>(c).Type);
    public static readonly FieldResolverDelegate InputValueDefaultValue = c => Result(
        Parent<InputValue>(c) is { DefaultValue: { } value } input ? DefaultValuePrinter.Print(value, input.Type) : null);

    public static readonly FieldResolverDelegate InputValueIsDeprecated = c => Result(Parent<InputValue>(c).IsDeprecated);
    public static readonly FieldResolverDelegate InputValueDeprecationReason = c => Result(Parent<InputValue>(c).DeprecationReason);

    public static readonly FieldResolverDelegate EnumValueName = c => Result(Parent<EnumValue>(c).Name);
    public static readonly FieldResolverDelegate EnumValueDescription = c => Result(Parent<EnumValue>(c).Description);
    public static readonly FieldResolverDelegate EnumValueIsDeprecated = c => Result(Parent<EnumValue>(c).IsDeprecated);
    public static readonly FieldResolverDelegate EnumValueDeprecationReason = c => Result(Parent<EnumValue>(c).DeprecationReason);

    private static ValueTask<object?> Result(object? value) => new(value);

    private static T Parent<T>(IResolverContext context)
        => context.ParentValue is T parent
            ? parent
            : throw new InvalidOperationException($"Introspection field {context.ObjectType.Name}.{context.Field.Name} expects a {typeof(T).Name} parent value.");

    private static bool IncludeDeprecated(IResolverContext context)
        => context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static object[] FilterDeprecated<T>(IResolverContext context, FieldCollection<T> values)
        where T : InputValue
    {
        var include = IncludeDeprecated(context);
        return values.Where(v => include || !v.IsDeprecated).Cast<object>().ToArray();
    }

    private static object[] FilterDeprecatedFields(IResolverContext context, FieldCollection<OutputField> fields)
    {
        var include = IncludeDeprecated(context);
        return fields.Where(f => include || !f.IsDeprecated).Cast<object>().ToArray();
    }

    private static object[] FilterDeprecatedValues(IResolverContext context, List<EnumValue> values)
    {
        var include = IncludeDeprecated(context);
        return values.Where(v => include || !v.IsDeprecated).Cast<object>().ToArray();
    }
}

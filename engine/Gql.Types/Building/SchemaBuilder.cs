using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types.Resolvers;

namespace Gql.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL documents (definitions and extensions, like graphql-js
/// buildASTSchema + extendSchema) plus resolvers, type resolvers, scalar implementations and types
/// created in code (like graphql-tools resolver maps). <see cref="Build"/> validates the documents and
/// the resulting schema and throws a <see cref="SchemaException"/> listing every error.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<NamedType> _types = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Field, FieldResolverDelegate Resolver)> _resolvers = [];
    private readonly List<(string Type, string Field, SubscribeResolverDelegate Subscriber)> _subscribers = [];
    private readonly List<(string Type, ResolveAbstractTypeDelegate Resolver)> _typeResolvers = [];
    private readonly List<(string Type, Func<object, bool> IsOfType)> _isOfTypes = [];
    private readonly List<Action<Schema>> _configurations = [];

    public static SchemaBuilder New() => new();

    /// <summary>Adds the type system definitions and extensions of an SDL document.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Parses SDL and adds it (syntax errors throw <c>GraphQLSyntaxException</c>).</summary>
    public SchemaBuilder AddDocumentFromString(string sdl) => AddDocument(Parser.Parse(sdl));

    /// <summary>Sets the resolver of <c>typeName.fieldName</c> (an object or interface field).</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolverDelegate resolver)
    {
        _resolvers.Add((typeName, fieldName, resolver));
        return this;
    }

    /// <summary>Sets the source stream resolver of a subscription root field.</summary>
    public SchemaBuilder AddSubscriber(string typeName, string fieldName, SubscribeResolverDelegate subscriber)
    {
        _subscribers.Add((typeName, fieldName, subscriber));
        return this;
    }

    /// <summary>Sets how values of an interface or union type find their object type.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, ResolveAbstractTypeDelegate resolver)
    {
        _typeResolvers.Add((abstractTypeName, resolver));
        return this;
    }

    /// <summary>Sets <see cref="ObjectType.IsOfType"/> of an object type.</summary>
    public SchemaBuilder AddIsOfType(string objectTypeName, Func<object, bool> isOfType)
    {
        _isOfTypes.Add((objectTypeName, isOfType));
        return this;
    }

    /// <summary>
    /// Binds a scalar implementation: an SDL <c>scalar</c> definition of the same name uses it, and SDL
    /// may reference it without declaring it.
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Adds a type built in code; SDL may reference and extend it.</summary>
    public SchemaBuilder AddType(NamedType type)
    {
        if (type is ScalarType scalar)
        {
            _scalars[scalar.Name] = scalar;
        }

        _types.Add(type);
        return this;
    }

    /// <summary>Adds a directive definition built in code.</summary>
    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        _directives.Add(directive);
        return this;
    }

    /// <summary>Runs <paramref name="configure"/> on the built schema before it is validated (to set metadata, resolvers, ...).</summary>
    public SchemaBuilder Configure(Action<Schema> configure)
    {
        _configurations.Add(configure);
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaException">The documents or the schema are invalid.</exception>
    public Schema Build()
    {
        CompleteCodeFirstTypes();
        var assembler = new SchemaAssembler(
            SdlDefinitions.Collect(_documents),
            _types,
            _directives,
            _scalars);
        var (schema, errors) = assembler.Assemble();
        if (schema is null)
        {
            throw new SchemaException(errors);
        }

        var bindingErrors = new List<GraphQLError>(errors);
        BindResolvers(schema, bindingErrors);
        foreach (var configure in _configurations)
        {
            configure(schema);
        }

        bindingErrors.AddRange(SchemaValidator.Validate(schema));
        if (bindingErrors.Count > 0)
        {
            throw new SchemaException(bindingErrors);
        }

        return schema;
    }

    private void BindResolvers(Schema schema, List<GraphQLError> errors)
    {
        foreach (var (typeName, fieldName, resolver) in _resolvers)
        {
            if (FindField(schema, typeName, fieldName, "resolvers", errors) is { } field)
            {
                field.Resolver = resolver;
            }
        }

        foreach (var (typeName, fieldName, subscriber) in _subscribers)
        {
            if (FindField(schema, typeName, fieldName, "subscribers", errors) is { } field)
            {
                field.Subscriber = subscriber;
            }
        }

        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (schema.GetType(typeName))
            {
                case InterfaceType interfaceType:
                    interfaceType.ResolveType = resolver;
                    break;
                case UnionType unionType:
                    unionType.ResolveType = resolver;
                    break;
                case null:
                    errors.Add(SchemaErrors.Create($"\"{typeName}\" defined in type resolvers, but not in schema."));
                    break;
                default:
                    errors.Add(SchemaErrors.Create($"Type resolver for \"{typeName}\" requires an interface or union type."));
                    break;
            }
        }

        foreach (var (typeName, isOfType) in _isOfTypes)
        {
            if (schema.GetType(typeName) is ObjectType objectType)
            {
                objectType.IsOfType = isOfType;
            }
            else
            {
                errors.Add(SchemaErrors.Create($"\"{typeName}\" defined in isTypeOf functions, but is not an object type of the schema."));
            }
        }
    }

    private static OutputField? FindField(Schema schema, string typeName, string fieldName, string what, List<GraphQLError> errors)
    {
        if (schema.GetType(typeName) is not ComplexOutputType type)
        {
            errors.Add(SchemaErrors.Create($"\"{typeName}\" defined in {what}, but not in schema as an object or interface type."));
            return null;
        }

        if (type.Fields[fieldName] is not { } field)
        {
            errors.Add(SchemaErrors.Create($"\"{typeName}.{fieldName}\" defined in {what}, but not in schema."));
            return null;
        }

        return field;
    }
}

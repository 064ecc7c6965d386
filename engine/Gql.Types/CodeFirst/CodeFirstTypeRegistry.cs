using System.Linq.Expressions;
using System.Reflection;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types.Resolvers;

namespace Gql.Types.CodeFirst;

/// <summary>
/// Turns C# types into schema types in the implementation-first style: classes and records become
/// object types (public properties and methods are fields), C# interfaces become interfaces,
/// <see cref="UnionTypeAttribute"/> interfaces become unions, enums become enums, and classes used
/// as arguments become input objects. Nullability comes from the C# nullable annotations.
/// </summary>
public sealed class CodeFirstTypeRegistry : IDescriptorContext
{
    private static readonly HashSet<string> IgnoredMethodNames = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "Dispose", "DisposeAsync", "CompareTo"];

    private readonly Func<string, ScalarType> _scalarByName;
    private readonly Func<Type, bool> _isService;
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<Type, NamedType> _outputTypes = [];
    private readonly Dictionary<Type, InputObjectType> _inputTypes = [];
    private readonly List<NamedType> _types = [];
    private readonly Queue<Action> _pending = new();
    private readonly List<Type> _extensions = [];
    private readonly Dictionary<string, NamedType> _addedTypes = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly List<Action> _completions = [];

    /// <param name="scalarByName">The scalar instance the schema uses for a name (String, Int, DateTime, ...).</param>
    /// <param name="isService">Whether a resolver parameter of this type is a service rather than an argument.</param>
    /// <param name="contextData">Settings of the schema build that descriptor attributes read (<see cref="IDescriptorContext.ContextData"/>).</param>
    public CodeFirstTypeRegistry(Func<string, ScalarType> scalarByName, Func<Type, bool>? isService = null, IDictionary<string, object?>? contextData = null)
    {
        _scalarByName = scalarByName;
        _isService = isService ?? (_ => false);
        ContextData = contextData ?? new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    /// <summary>Settings of the schema build that descriptor attributes read.</summary>
    public IDictionary<string, object?> ContextData { get; }

    /// <summary>The named types created so far, in discovery order.</summary>
    public IReadOnlyList<NamedType> Types => _types;

    /// <summary>Directive definitions that descriptor attributes added (for example the federation directives).</summary>
    public IReadOnlyList<DirectiveDefinition> DirectiveDefinitions => _directives;

    /// <summary>Adds a root operation type backed by <paramref name="clrType"/> (its members become root fields).</summary>
    public ObjectType AddRootType(Type clrType, string name, bool isSubscription = false)
    {
        var type = new ObjectType(name) { RuntimeType = clrType, Description = Describe(clrType) };
        _outputTypes[clrType] = type;
        _types.Add(type);
        var instance = CreateInstanceExpression(clrType);
        _pending.Enqueue(() => AddFields(type, clrType, instance, isSubscription));
        DrainPending();
        return type;
    }

    /// <summary>Adds an object, interface, union or enum type (for example an implementation no field returns).</summary>
    public NamedType AddType(Type clrType)
    {
        var type = GetOrCreateOutputType(clrType);
        DrainPending();
        return type;
    }

    /// <summary>Adds the members of a class marked <see cref="ExtendObjectTypeAttribute"/> to the type it extends.</summary>
    public void AddTypeExtension(Type extensionType)
    {
        if (extensionType.GetCustomAttribute<ExtendObjectTypeAttribute>() is null)
        {
            throw SchemaError($"{extensionType.Name} must be marked with [ExtendObjectType] to extend a type.");
        }

        _extensions.Add(extensionType);
    }

    /// <summary>Applies type extensions and links interfaces and union members; returns every type.</summary>
    public IReadOnlyList<NamedType> Complete(Func<string, NamedType?>? findType = null)
    {
        foreach (var extension in _extensions)
        {
            ApplyExtension(extension, findType);
        }

        DrainPending();
        LinkAbstractTypes();
        for (var i = 0; i < _completions.Count; i++)
        {
            _completions[i]();
            DrainPending();
        }

        return _types;
    }

    NamedType IDescriptorContext.GetOutputType(Type clrType) => GetOrCreateOutputType(clrType);

    NamedType IDescriptorContext.GetInputType(Type clrType) => GetOrCreateInputNamedType(clrType);

    ScalarType IDescriptorContext.GetScalar(string name) => _scalarByName(name);

    T IDescriptorContext.GetOrAddType<T>(string name, Func<T> create)
    {
        if (_addedTypes.TryGetValue(name, out var existing) || TryFindType(name, out existing))
        {
            return existing as T ?? throw SchemaError($"The type name \"{name}\" is used by a {existing.Kind} type and cannot also name a {typeof(T).Name}.");
        }

        var type = create();
        _addedTypes[name] = type;
        _types.Add(type);
        return type;
    }

    void IDescriptorContext.AddDirectiveDefinition(DirectiveDefinition directive)
    {
        if (!_directives.Exists(d => d.Name == directive.Name))
        {
            _directives.Add(directive);
        }
    }

    void IDescriptorContext.OnCompleted(Action complete) => _completions.Add(complete);

    private bool TryFindType(string name, out NamedType type)
    {
        type = _types.Find(t => t.Name == name)!;
        return type is not null;
    }

    private void ApplyExtension(Type extension, Func<string, NamedType?>? findType)
    {
        var attribute = extension.GetCustomAttribute<ExtendObjectTypeAttribute>()!;
        NamedType? target = attribute.ExtendedType is { } clr
            ? GetOrCreateOutputType(clr)
            : _types.FirstOrDefault(t => t.Name == attribute.ExtendedTypeName) ?? findType?.Invoke(attribute.ExtendedTypeName!);
        if (target is not ComplexOutputType complex)
        {
            throw SchemaError($"{extension.Name} extends \"{attribute.ExtendedTypeName ?? attribute.ExtendedType?.Name}\", which is not an object or interface type of the schema.");
        }

        AddFields(complex, extension, CreateInstanceExpression(extension), isSubscription: false);
    }

    private void DrainPending()
    {
        while (_pending.TryDequeue(out var work))
        {
            work();
        }
    }

    private void LinkAbstractTypes()
    {
        foreach (var (clrType, type) in _outputTypes)
        {
            if (type is not ComplexOutputType complex)
            {
                continue;
            }

            foreach (var implemented in clrType.GetInterfaces())
            {
                if (_outputTypes.TryGetValue(implemented, out var abstractType))
                {
                    if (abstractType is InterfaceType interfaceType && !complex.Implements(interfaceType))
                    {
                        complex.Interfaces.Add(interfaceType);
                    }
                    else if (abstractType is UnionType union && complex is ObjectType member && !union.Types.Contains(member))
                    {
                        union.Types.Add(member);
                    }
                }
            }
        }
    }

    private NamedType GetOrCreateOutputType(Type clrType)
    {
        if (_outputTypes.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        if (TryGetScalarName(clrType) is { } scalarName)
        {
            return _scalarByName(scalarName);
        }

        if (clrType.IsEnum)
        {
            return GetOrCreateEnumType(clrType);
        }

        if (clrType.IsInterface && clrType.GetCustomAttribute<UnionTypeAttribute>() is not null)
        {
            var union = new UnionType(NameConventions.GetTypeName(clrType)) { Description = Describe(clrType) };
            Register(clrType, union);
            return union;
        }

        if (clrType.IsInterface)
        {
            var interfaceType = new InterfaceType(NameConventions.GetTypeName(clrType)) { Description = Describe(clrType) };
            Register(clrType, interfaceType);
            _pending.Enqueue(() => AddFields(interfaceType, clrType, instance: null, isSubscription: false));
            return interfaceType;
        }

        if (clrType.IsPrimitive || clrType == typeof(object) || typeof(Delegate).IsAssignableFrom(clrType))
        {
            throw SchemaError($"The CLR type {clrType.FullName} cannot be used as a GraphQL output type.");
        }

        var objectType = new ObjectType(NameConventions.GetTypeName(clrType))
        {
            Description = Describe(clrType),
            RuntimeType = clrType,
            IsOfType = clrType.IsInstanceOfType,
        };
        Register(clrType, objectType);
        _pending.Enqueue(() => AddFields(objectType, clrType, instance: null, isSubscription: false));
        return objectType;
    }

    private void Register(Type clrType, NamedType type)
    {
        _outputTypes[clrType] = type;
        _types.Add(type);
    }

    private EnumType GetOrCreateEnumType(Type clrType)
    {
        if (_outputTypes.TryGetValue(clrType, out var existing))
        {
            return (EnumType)existing;
        }

        var enumType = new EnumType(NameConventions.GetTypeName(clrType)) { Description = Describe(clrType) };
        foreach (var member in clrType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            enumType.Values.Add(new EnumValue(NameConventions.GetEnumValueName(member), member.GetValue(null)!)
            {
                Description = Describe(member),
                DeprecationReason = DeprecationOf(member),
            });
        }

        Register(clrType, enumType);
        return enumType;
    }

    private InputObjectType GetOrCreateInputType(Type clrType)
    {
        if (_inputTypes.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        var inputType = new InputObjectType(NameConventions.GetInputTypeName(clrType))
        {
            Description = Describe(clrType),
            RuntimeType = clrType,
            IsOneOf = clrType.GetCustomAttribute<OneOfAttribute>() is not null,
        };
        _inputTypes[clrType] = inputType;
        _types.Add(inputType);

        var constructor = InputObjectFactory.SelectConstructor(clrType);
        var constructorParameters = constructor.GetParameters().ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase);
        foreach (var property in InputObjectFactory.GetInputProperties(clrType, constructor))
        {
            var hasParameter = constructorParameters.TryGetValue(property.Name, out var parameter);
            var nullability = hasParameter ? _nullability.Create(parameter!) : _nullability.Create(property);
            var field = new InputField(NameConventions.GetMemberName(property), MapInputType(property.PropertyType, nullability, IsId(property)))
            {
                Description = Describe(property),
                DeprecationReason = DeprecationOf(property),
                RuntimeType = property.PropertyType,
            };
            if (hasParameter && parameter!.HasDefaultValue && parameter.DefaultValue is not null)
            {
                field.DefaultValue = LiteralFor(parameter.DefaultValue, field.Type);
            }

            field.ContextData[InputObjectFactory.ClrMemberKey] = property.Name;
            inputType.Fields.Add(field);
        }

        inputType.Factory = InputObjectFactory.Compile(clrType, constructor, inputType);
        return inputType;
    }

    private void AddFields(ComplexOutputType type, Type clrType, Expression<Func<IResolverContext, object>>? instance, bool isSubscription)
    {
        var added = new List<OutputField>();
        var members = new List<MemberInfo>();
        foreach (var member in GetFieldMembers(clrType))
        {
            var field = member switch
            {
                PropertyInfo property => CreatePropertyField(property, instance),
                MethodInfo method when isSubscription && ReturnsStream(method) => CreateSubscriptionField(method, instance),
                MethodInfo method => CreateMethodField(method, instance),
                _ => null,
            };

            if (field is null)
            {
                continue;
            }

            ConfigureField(type, field, member);
            if (isSubscription && field.Subscriber is null)
            {
                throw SchemaError($"The subscription field {clrType.Name}.{member.Name} must return IAsyncEnumerable<T> (or a Task of it), or be marked with an attribute that provides its event stream, such as [Subscribe].");
            }

            if (type.Fields.Contains(field.Name))
            {
                throw SchemaError($"The type \"{type.Name}\" already has a field named \"{field.Name}\" (from {clrType.Name}.{member.Name}).");
            }

            type.Fields.Add(field);
            added.Add(field);
            members.Add(member);
        }

        ConfigureType(type, clrType, added, members);
    }

    private void ConfigureField(ComplexOutputType type, OutputField field, MemberInfo member)
    {
        var attributes = member.GetCustomAttributes<ObjectFieldDescriptorAttribute>(inherit: true).OrderBy(a => a.Order).ToList();
        if (attributes.Count == 0)
        {
            return;
        }

        var descriptor = new ObjectFieldDescriptor(this, type, field, member);
        foreach (var attribute in attributes)
        {
            attribute.OnConfigure(descriptor);
        }

        if (descriptor.Middleware.Count > 0)
        {
            field.Resolver = descriptor.Compose(field.Resolver ?? CompileMemberOnParent(member));
        }
    }

    private void ConfigureType(ComplexOutputType type, Type clrType, IReadOnlyList<OutputField> fields, IReadOnlyList<MemberInfo> members)
    {
        var attributes = clrType.GetCustomAttributes(inherit: true).OfType<IObjectTypeDescriptorAttribute>().OrderBy(a => a.Order).ToList();
        if (attributes.Count == 0)
        {
            return;
        }

        var descriptor = new ObjectTypeDescriptor(this, type, clrType, fields, members);
        foreach (var attribute in attributes)
        {
            attribute.OnConfigure(descriptor);
        }
    }

    /// <summary>A resolver reading the member from the parent value, for interface members that get middleware.</summary>
    private FieldResolverDelegate CompileMemberOnParent(MemberInfo member) => member switch
    {
        PropertyInfo property => ResolverCompiler.CompileProperty(property, instance: null),
        MethodInfo method => ResolverCompiler.CompileMethod(method, instance: null, Bind),
        _ => throw SchemaError($"The member {member.Name} cannot resolve a field."),
    };

    /// <summary>An attribute sets the field's type (the String placeholder is replaced before the schema is assembled).</summary>
    private static bool SetsFieldType(MemberInfo member)
        => member.GetCustomAttributes<ObjectFieldDescriptorAttribute>(inherit: true).Any(a => a.SetsFieldType);

    private static bool ReturnsStream(MethodInfo method)
    {
        var streamType = UnwrapAsync(method.ReturnType);
        return streamType.IsGenericType && streamType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);
    }

    private OutputField CreatePropertyField(PropertyInfo property, Expression<Func<IResolverContext, object>>? instance)
    {
        var type = SetsFieldType(property) ? _scalarByName("String") : MapOutputType(property.PropertyType, _nullability.Create(property), IsId(property));
        return new OutputField(NameConventions.GetMemberName(property), type)
        {
            Description = Describe(property),
            DeprecationReason = DeprecationOf(property),
            Resolver = property.DeclaringType!.IsInterface ? null : ResolverCompiler.CompileProperty(property, instance),
        };
    }

    private OutputField CreateMethodField(MethodInfo method, Expression<Func<IResolverContext, object>>? instance)
    {
        var type = SetsFieldType(method) ? _scalarByName("String") : MapOutputType(method.ReturnType, _nullability.Create(method.ReturnParameter), IsId(method));
        var field = new OutputField(NameConventions.GetMemberName(method), type)
        {
            Description = Describe(method),
            DeprecationReason = DeprecationOf(method),
        };
        AddArguments(field, method);
        if (!method.DeclaringType!.IsInterface)
        {
            field.Resolver = ResolverCompiler.CompileMethod(method, instance, Bind);
        }

        return field;
    }

    private OutputField CreateSubscriptionField(MethodInfo method, Expression<Func<IResolverContext, object>>? instance)
    {
        var streamType = UnwrapAsync(method.ReturnType);
        var eventType = streamType.GetGenericArguments()[0];
        var nullability = _nullability.Create(method.ReturnParameter);
        var streamNullability = method.ReturnType == streamType ? nullability : nullability.GenericTypeArguments[0];
        var field = new OutputField(NameConventions.GetMemberName(method), MapOutputType(eventType, streamNullability.GenericTypeArguments[0], IsId(method)))
        {
            Description = Describe(method),
            DeprecationReason = DeprecationOf(method),
            Subscriber = ResolverCompiler.CompileSubscriber(method, eventType, instance, Bind),
            Resolver = static context => new ValueTask<object?>(context.ParentValue),
        };
        AddArguments(field, method);
        return field;
    }

    private void AddArguments(OutputField field, MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            var binding = Bind(parameter);
            if (binding.Kind != ParameterBindingKind.Argument)
            {
                continue;
            }

            var type = MapInputType(parameter.ParameterType, _nullability.Create(parameter), IsId(parameter));
            var argument = new Argument(binding.ArgumentName!, type)
            {
                Description = Describe(parameter),
                DeprecationReason = DeprecationOf(parameter),
                RuntimeType = parameter.ParameterType,
            };
            if (parameter.HasDefaultValue && parameter.DefaultValue is not null)
            {
                argument.DefaultValue = LiteralFor(parameter.DefaultValue, type);
            }

            field.Arguments.Add(argument);
            foreach (var attribute in parameter.GetCustomAttributes<ArgumentDescriptorAttribute>(inherit: true))
            {
                attribute.OnConfigure(new ArgumentDescriptor(this, field, argument, parameter));
            }
        }
    }

    private ParameterBinding Bind(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(IResolverContext))
        {
            return new(ParameterBindingKind.Context);
        }

        if (type == typeof(CancellationToken))
        {
            return new(ParameterBindingKind.CancellationToken);
        }

        if (type == typeof(IServiceProvider))
        {
            return new(ParameterBindingKind.ServiceProvider);
        }

        if (parameter.IsDefined(typeof(ParentAttribute)) || parameter.IsDefined(typeof(EventMessageAttribute)))
        {
            return new(ParameterBindingKind.Parent);
        }

        if (parameter.GetCustomAttribute<ServiceAttribute>() is not null || _isService(type) || IsServiceByDeclaration(type)
            || (type.IsInterface && !ClrValueConverter.TryGetElementType(type, out _)))
        {
            return new(ParameterBindingKind.Service);
        }

        return new(ParameterBindingKind.Argument, NameConventions.GetArgumentName(parameter));
    }

    /// <summary>A type marked <see cref="ServiceAttribute"/> itself, on a base class or on an interface it implements.</summary>
    private static bool IsServiceByDeclaration(Type type)
        => type.IsDefined(typeof(ServiceAttribute), inherit: true)
           || type.GetInterfaces().Any(i => i.IsDefined(typeof(ServiceAttribute), inherit: false));

    private IType MapOutputType(Type clrType, NullabilityInfo nullability, bool isId)
        => MapType(clrType, nullability, isId, GetOrCreateOutputType);

    private IType MapInputType(Type clrType, NullabilityInfo nullability, bool isId)
        => MapType(clrType, nullability, isId, GetOrCreateInputNamedType);

    private NamedType GetOrCreateInputNamedType(Type clrType)
    {
        if (TryGetScalarName(clrType) is { } scalarName)
        {
            return _scalarByName(scalarName);
        }

        if (clrType.IsEnum)
        {
            return GetOrCreateEnumType(clrType);
        }

        if (clrType.IsInterface || clrType.IsPrimitive || clrType == typeof(object) || clrType.IsAbstract)
        {
            throw SchemaError($"The CLR type {clrType.FullName} cannot be used as a GraphQL input type.");
        }

        return GetOrCreateInputType(clrType);
    }

    private IType MapType(Type clrType, NullabilityInfo nullability, bool isId, Func<Type, NamedType> namedType)
    {
        (clrType, nullability) = UnwrapAsync(clrType, nullability);
        var nullable = !clrType.IsValueType && nullability.ReadState != NullabilityState.NotNull;
        if (Nullable.GetUnderlyingType(clrType) is { } underlying)
        {
            clrType = underlying;
            nullable = true;
        }

        IType type;
        if (ClrValueConverter.TryGetElementType(clrType, out var elementType))
        {
            var elementNullability = nullability.ElementType ?? (nullability.GenericTypeArguments.Length > 0 ? nullability.GenericTypeArguments[0] : nullability);
            type = new ListType(MapType(elementType!, elementNullability, isId, namedType));
        }
        else
        {
            type = isId ? _scalarByName("ID") : namedType(clrType);
        }

        return nullable ? type : new NonNullType(type);
    }

    private static (Type Type, NullabilityInfo Nullability) UnwrapAsync(Type type, NullabilityInfo nullability)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return (type.GetGenericArguments()[0], nullability.GenericTypeArguments[0]);
        }

        return (type, nullability);
    }

    private static Type UnwrapAsync(Type type)
        => type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;

    private static string? TryGetScalarName(Type clrType)
    {
        if (clrType == typeof(string))
        {
            return "String";
        }

        if (clrType == typeof(bool))
        {
            return "Boolean";
        }

        if (clrType == typeof(int) || clrType == typeof(short) || clrType == typeof(byte) || clrType == typeof(sbyte) || clrType == typeof(ushort))
        {
            return "Int";
        }

        if (clrType == typeof(long) || clrType == typeof(uint))
        {
            return "Long";
        }

        if (clrType == typeof(double) || clrType == typeof(float))
        {
            return "Float";
        }

        if (clrType == typeof(decimal))
        {
            return "Decimal";
        }

        if (clrType == typeof(Guid))
        {
            return "UUID";
        }

        if (clrType == typeof(DateTimeOffset) || clrType == typeof(DateTime))
        {
            return "DateTime";
        }

        if (clrType == typeof(DateOnly))
        {
            return "Date";
        }

        return clrType == typeof(Uri) ? "URL" : null;
    }

    private static IEnumerable<MemberInfo> GetFieldMembers(Type clrType)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        var types = clrType.IsInterface ? new[] { clrType }.Concat(clrType.GetInterfaces()) : [clrType];
        foreach (var type in types)
        {
            var members = type.GetMembers(flags)
                .Where(m => m.DeclaringType != typeof(object) && m.GetCustomAttribute<GraphQLIgnoreAttribute>() is null)
                .OrderBy(m => InheritanceDepth(m.DeclaringType!, type))
                .ThenBy(DeclarationOrder);
            foreach (var member in members)
            {
                if (member is PropertyInfo property && IsFieldProperty(property))
                {
                    yield return property;
                }
                else if (member is MethodInfo method && IsFieldMethod(method))
                {
                    yield return method;
                }
            }
        }
    }

    /// <summary>Properties sort by their getter so properties and methods keep one declaration order.</summary>
    private static int DeclarationOrder(MemberInfo member)
        => member is PropertyInfo { GetMethod: { } getter } ? getter.MetadataToken : member.MetadataToken;

    private static int InheritanceDepth(Type declaringType, Type type)
    {
        var depth = 0;
        for (var current = type; current is not null && current != declaringType; current = current.BaseType)
        {
            depth--;
        }

        return depth;
    }

    private static bool IsFieldProperty(PropertyInfo property)
        => property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 && !property.Name.Contains('<', StringComparison.Ordinal)
           && property.Name != "EqualityContract";

    private static bool IsFieldMethod(MethodInfo method)
        => !method.IsSpecialName && !method.IsGenericMethodDefinition && method.ReturnType != typeof(void)
           && method.ReturnType != typeof(Task) && method.ReturnType != typeof(ValueTask)
           && !IgnoredMethodNames.Contains(method.Name) && !method.Name.Contains('<', StringComparison.Ordinal)
           && !(method.IsStatic && method.DeclaringType!.IsInterface);

    private static Expression<Func<IResolverContext, object>> CreateInstanceExpression(Type clrType)
    {
        var holder = Activator.CreateInstance(typeof(ResolverInstance<>).MakeGenericType(clrType))!;
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var get = Expression.Call(Expression.Constant(holder), holder.GetType().GetMethod("Get")!, context);
        return Expression.Lambda<Func<IResolverContext, object>>(get, context);
    }

    private ValueNode LiteralFor(object? value, IType type)
    {
        if (value is null)
        {
            return new NullValueNode(null);
        }

        return type.NamedType() switch
        {
            EnumType enumType => new EnumValueNode(null, enumType.GetValueByRuntimeValue(value)?.Name ?? value.ToString()!),
            ScalarType scalar => scalar.ValueToLiteral(value),
            _ => throw SchemaError($"A default value of type {value.GetType().Name} is not supported for {type}."),
        };
    }

    private static bool IsId(ICustomAttributeProvider member) => member.IsDefined(typeof(IDAttribute), inherit: true);

    private static string? Describe(ICustomAttributeProvider member)
        => member.GetCustomAttributes(typeof(GraphQLDescriptionAttribute), inherit: true).OfType<GraphQLDescriptionAttribute>().FirstOrDefault()?.Description;

    private static string? DeprecationOf(ICustomAttributeProvider member)
    {
        if (member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), inherit: true).OfType<GraphQLDeprecatedAttribute>().FirstOrDefault() is { } deprecated)
        {
            return deprecated.Reason;
        }

        return member.GetCustomAttributes(typeof(ObsoleteAttribute), inherit: true).OfType<ObsoleteAttribute>().FirstOrDefault() is { } obsolete
            ? obsolete.Message ?? "No longer supported"
            : null;
    }

    private static SchemaException SchemaError(string message) => new([GraphQLError.WithCode(message, ErrorCodes.SchemaInvalid)]);
}

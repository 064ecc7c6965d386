using System.Text;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// Prints a schema as SDL exactly like graphql-js <c>printSchema</c>: the schema definition (only when
/// it has a description or non-default root names), then the directive definitions, then the types
/// in type map order; specified directives, specified scalars and introspection types left out.
/// </summary>
public static class SchemaPrinter
{
    private static readonly SchemaPrinterOptions DefaultOptions = new();

    public static string Print(Schema schema, SchemaPrinterOptions? options = null)
    {
        options ??= DefaultOptions;
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema, options) is { } schemaDefinition)
        {
            parts.Add(schemaDefinition);
        }

        foreach (var directive in schema.DirectiveDefinitions.Values)
        {
            if (options.IncludeBuiltIns || !BuiltInDirectives.IsBuiltIn(directive.Name))
            {
                parts.Add(PrintDirective(directive, options));
            }
        }

        foreach (var type in schema.Types.Values)
        {
            if (options.IncludeBuiltIns ? !IntrospectionTypes.IsIntrospectionTypeName(type.Name) : IsDefinedType(type))
            {
                parts.Add(PrintType(type, options));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>Prints the specified directives and the introspection types (graphql-js printIntrospectionSchema).</summary>
    public static string PrintIntrospectionSchema(Schema schema)
    {
        var parts = schema.DirectiveDefinitions.Values
            .Where(d => BuiltInDirectives.IsBuiltIn(d.Name))
            .Select(d => PrintDirective(d, DefaultOptions))
            .Concat(schema.Types.Values
                .Where(t => IntrospectionTypes.IsIntrospectionTypeName(t.Name))
                .Select(t => PrintType(t, DefaultOptions)));
        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one type definition.</summary>
    public static string PrintType(NamedType type, SchemaPrinterOptions? options = null)
    {
        options ??= DefaultOptions;
        return type switch
        {
            ScalarType scalar => PrintScalar(scalar, options),
            ObjectType objectType => PrintDescription(type.Description) + "type " + type.Name + PrintInterfaces(objectType) + PrintApplied(type.Directives, options) + PrintFields(objectType, options),
            InterfaceType interfaceType => PrintDescription(type.Description) + "interface " + type.Name + PrintInterfaces(interfaceType) + PrintApplied(type.Directives, options) + PrintFields(interfaceType, options),
            UnionType union => PrintDescription(type.Description) + "union " + type.Name + PrintApplied(type.Directives, options) + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
            EnumType enumType => PrintEnum(enumType, options),
            InputObjectType input => PrintInputObject(input, options),
            _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
        };
    }

    /// <summary>Prints one directive definition.</summary>
    public static string PrintDirective(DirectiveDefinition directive, SchemaPrinterOptions? options = null)
    {
        options ??= DefaultOptions;
        return PrintDescription(directive.Description)
            + "directive @" + directive.Name
            + PrintArguments(directive.Arguments, string.Empty, options)
            + PrintDeprecated(directive.DeprecationReason)
            + PrintApplied(directive.Directives, options)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));
    }

    /// <summary>Whether printSchema prints the type: not a specified scalar and not an introspection type.</summary>
    public static bool IsDefinedType(NamedType type)
        => !BuiltInScalars.IsSpecified(type.Name) && !IntrospectionTypes.IsIntrospectionTypeName(type.Name);

    private static string? PrintSchemaDefinition(Schema schema, SchemaPrinterOptions options)
    {
        var directives = PrintApplied(schema.Directives, options);
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            if (directives.Length == 0)
            {
                return null;
            }

            if (options.SchemaDirectivesAsExtension)
            {
                return "extend schema" + directives;
            }
        }

        var builder = new StringBuilder();
        builder.Append(PrintDescription(schema.Description)).Append("schema").Append(directives).Append(" {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name);
        if (schema.MutationType is { } mutation)
        {
            builder.Append("\n  mutation: ").Append(mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("\n  subscription: ").Append(subscription.Name);
        }

        builder.Append("\n}");
        return builder.ToString();
    }

    private static bool HasCommonRootNames(Schema schema)
        => schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    private static string PrintScalar(ScalarType scalar, SchemaPrinterOptions options)
        => PrintDescription(scalar.Description)
            + "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + SyntaxPrinter.PrintString(url) + ")" : string.Empty)
            + PrintApplied(scalar.Directives, options);

    private static string PrintInterfaces(ComplexOutputType type)
        => type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(ComplexOutputType type, SchemaPrinterOptions options)
        => PrintBlock(type.Fields.Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0)
            + "  " + field.Name
            + PrintArguments(field.Arguments, "  ", options)
            + ": " + field.Type.Print()
            + PrintDeprecated(field.DeprecationReason)
            + PrintApplied(field.Directives, options)).ToList());

    private static string PrintEnum(EnumType type, SchemaPrinterOptions options)
        => PrintDescription(type.Description)
            + "enum " + type.Name
            + PrintApplied(type.Directives, options)
            + PrintBlock(type.Values.Select((value, i) =>
                PrintDescription(value.Description, "  ", i == 0)
                + "  " + value.Name
                + PrintDeprecated(value.DeprecationReason)
                + PrintApplied(value.Directives, options)).ToList());

    private static string PrintInputObject(InputObjectType type, SchemaPrinterOptions options)
        => PrintDescription(type.Description)
            + "input " + type.Name
            + (type.IsOneOf ? " @oneOf" : string.Empty)
            + PrintApplied(type.Directives, options)
            + PrintBlock(type.Fields.Select((field, i) =>
                PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field, options)).ToList());

    private static string PrintBlock(IReadOnlyList<string> items)
        => items.Count > 0 ? " {\n" + string.Join("\n", items) + "\n}" : string.Empty;

    private static string PrintArguments<T>(FieldCollection<T> arguments, string indentation, SchemaPrinterOptions options)
        where T : InputValue
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(a => PrintInputValue(a, options))) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((a, i) =>
                PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a, options)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValue value, SchemaPrinterOptions options)
    {
        var declaration = value.Name + ": " + value.Type.Print();
        if (value.DefaultValue is { } defaultValue)
        {
            declaration += " = " + DefaultValuePrinter.Print(defaultValue, value.Type);
        }

        return declaration + PrintDeprecated(value.DeprecationReason) + PrintApplied(value.Directives, options);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + SyntaxPrinter.PrintString(reason) + ")",
    };

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockString.IsPrintableAsBlockString(description)
            ? BlockString.Print(description)
            : SyntaxPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    private static string PrintApplied(IReadOnlyList<DirectiveNode> directives, SchemaPrinterOptions options)
    {
        if (!options.IncludeAppliedDirectives || directives.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is "deprecated" or "specifiedBy" or "oneOf" || options.ExcludedAppliedDirectives?.Contains(name) == true)
            {
                continue;
            }

            builder.Append(" @").Append(name);
            if (directive.Arguments.Count > 0)
            {
                builder.Append('(')
                    .Append(string.Join(", ", directive.Arguments.Select(a => a.Name.Value + ": " + SyntaxPrinter.Print(a.Value))))
                    .Append(')');
            }
        }

        return builder.ToString();
    }
}

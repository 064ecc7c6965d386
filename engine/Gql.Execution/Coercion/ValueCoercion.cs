using System.Collections;
using System.Runtime.CompilerServices;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Execution;

/// <summary>
/// Input coercion (spec section 3.10 and 6.4.1): external values (decoded JSON) and literals to
/// the runtime values resolvers receive. Input objects become
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> in field order, or what
/// <see cref="InputObjectType.Factory"/> makes of it; enum values become their runtime value.
/// </summary>
public static class ValueCoercion
{
    private static readonly ConditionalWeakTable<InputValue, StrongBox<object?>> DefaultValues = new();

    // Marks a @oneOf field whose value failed coercion while the object is checked.
    private static readonly object InvalidField = new();

    /// <summary>Coerces an external value (graphql-js <c>coerceInputValue</c>); failures go to <paramref name="onError"/>.</summary>
    public static object? CoerceInputValue(object? value, IType type, InputErrorHandler onError)
    {
        var path = new List<object>();
        return Coerce(value, type, onError, path);
    }

    /// <summary>
    /// Coerces a literal, resolving variables from already coerced <paramref name="variables"/>
    /// (graphql-js <c>valueFromAST</c>). Returns false when the literal is invalid for the type.
    /// </summary>
    public static bool TryValueFromAst(ValueNode node, IType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryValueFromAst(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryListFromAst(node, list, variables, out value);
            case InputObjectType inputObject:
                return TryInputObjectFromAst(node, inputObject, variables, out value);
            case EnumType enumType:
                if (node is EnumValueNode enumNode && enumType.GetValue(enumNode.Value) is { } enumValue)
                {
                    value = enumValue.RuntimeValue;
                    return true;
                }

                return false;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node);
                    return true;
                }
                catch (Exception ex) when (ex is ScalarCoercionException or FormatException or OverflowException or ArgumentException or InvalidCastException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>The coerced default value of an argument or input field (computed once), or null when it has none.</summary>
    public static object? GetDefaultValue(InputValue input)
    {
        if (input.DefaultValue is null)
        {
            return null;
        }

        return DefaultValues.GetValue(input, static i =>
            new StrongBox<object?>(TryValueFromAst(i.DefaultValue!, i.Type, null, out var value) ? value : null)).Value;
    }

    /// <summary>graphql-js <c>GraphQLEnumType.parseValue</c>: an enum value name to its runtime value.</summary>
    public static object ParseEnumValue(EnumType type, object value)
    {
        if (value is not string name)
        {
            var text = Inspector.Inspect(value);
            throw new ScalarCoercionException(
                $"Enum \"{type.Name}\" cannot represent non-string value: {text}." + DidYouMeanEnumValue(type, text));
        }

        if (type.GetValue(name) is { } enumValue)
        {
            return enumValue.RuntimeValue;
        }

        throw new ScalarCoercionException(
            $"Value \"{name}\" does not exist in \"{type.Name}\" enum." + DidYouMeanEnumValue(type, name));
    }

    private static string DidYouMeanEnumValue(EnumType type, string unknown)
        => Suggestions.DidYouMean(Suggestions.List(unknown, type.Values.Select(v => v.Name)), "the enum value");

    private static object? Coerce(object? value, IType type, InputErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }

            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(value, list, onError, path);
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path);
            case EnumType enumType:
                try
                {
                    return ParseEnumValue(enumType, value);
                }
                catch (ScalarCoercionException ex)
                {
                    onError(path.ToArray(), value, ex.Message);
                    return null;
                }

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (ScalarCoercionException ex)
                {
                    onError(path.ToArray(), value, ex.Message);
                    return null;
                }
                catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidCastException)
                {
                    onError(path.ToArray(), value, $"Expected type \"{scalar.Name}\". {ex.Message}");
                    return null;
                }

            default:
                onError(path.ToArray(), value, $"Expected an input type, found \"{type}\".");
                return null;
        }
    }

    private static object? CoerceList(object value, ListType list, InputErrorHandler onError, List<object> path)
    {
        if (value is string || IsObjectLike(value) || value is not IEnumerable items)
        {
            // Lists accept a non-list value as a list of one.
            return new object?[] { Coerce(value, list.OfType, onError, path) };
        }

        var result = items is ICollection collection ? new List<object?>(collection.Count) : [];
        var index = 0;
        foreach (var item in items)
        {
            path.Add(index);
            result.Add(Coerce(item, list.OfType, onError, path));
            path.RemoveAt(path.Count - 1);
            index++;
        }

        return result;
    }

    private static object? CoerceInputObject(object value, InputObjectType type, InputErrorHandler onError, List<object> path)
    {
        if (!TryGetObjectLike(value, out var fields))
        {
            onError(path.ToArray(), value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = GetDefaultValue(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            if (type.IsOneOf)
            {
                // A field that failed coercion has no value, which is not the same as null
                // (graphql-js keeps it as undefined): it gets no "must be non-null" error.
                var failed = false;
                var fieldResult = Coerce(fieldValue, field.Type, (p, v, m) => { failed = true; onError(p, v, m); }, path);
                coerced[field.Name] = failed ? InvalidField : fieldResult;
            }
            else
            {
                coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            }

            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in fields.Keys)
        {
            if (!type.Fields.Contains(key))
            {
                onError(
                    path.ToArray(),
                    value,
                    $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(key, type.Fields.Select(f => f.Name)));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path.ToArray(), value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            foreach (var pair in coerced)
            {
                if (pair.Value is null)
                {
                    var keyPath = new List<object>(path) { pair.Key };
                    onError(keyPath, null, $"Field \"{pair.Key}\" must be non-null.");
                }

                break;
            }

            foreach (var field in type.Fields)
            {
                if (coerced.TryGetValue(field.Name, out var fieldValue) && ReferenceEquals(fieldValue, InvalidField))
                {
                    coerced[field.Name] = null;
                }
            }
        }

        return CreateInputObject(type, coerced);
    }

    private static bool TryListFromAst(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode listNode)
        {
            // Lists accept a non-list value as a list of one.
            if (!TryValueFromAst(node, list.OfType, variables, out var single))
            {
                return false;
            }

            value = new object?[] { single };
            return true;
        }

        var items = new object?[listNode.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var itemNode = listNode.Values[i];
            if (IsMissingVariable(itemNode, variables))
            {
                // A missing variable within a list is coerced to null.
                if (list.OfType is NonNullType)
                {
                    return false;
                }

                items[i] = null;
                continue;
            }

            if (!TryValueFromAst(itemNode, list.OfType, variables, out items[i]))
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryInputObjectFromAst(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = FindField(objectNode, field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = GetDefaultValue(field);
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryValueFromAst(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                return false;
            }

            foreach (var pair in coerced)
            {
                if (pair.Value is null)
                {
                    return false;
                }
            }
        }

        value = CreateInputObject(type, coerced);
        return true;
    }

    private static object CreateInputObject(InputObjectType type, Dictionary<string, object?> fields)
        => type.Factory is { } factory ? factory(fields) : fields;

    private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
    {
        foreach (var field in node.Fields)
        {
            if (field.Name.Value == name)
            {
                return field;
            }
        }

        return null;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        => node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool IsObjectLike(object value)
        => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>;

    private static bool TryGetObjectLike(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                fields = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            default:
                fields = null!;
                return false;
        }
    }
}

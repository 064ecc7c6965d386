using System.Reflection;
using System.Text;

namespace Gql.Types.CodeFirst;

/// <summary>
/// How C# names become GraphQL names, as Hot Chocolate users expect: fields and arguments in
/// camelCase (a method's <c>Get</c> prefix and <c>Async</c> suffix dropped), enum values in
/// UPPER_SNAKE_CASE, input types suffixed with <c>Input</c>.
/// </summary>
public static class NameConventions
{
    public static string GetTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        return name;
    }

    public static string GetInputTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = GetTypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    public static string GetMemberName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return ToCamelCase(name);
    }

    public static string GetArgumentName(ParameterInfo parameter)
        => parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? ToCamelCase(parameter.Name ?? "arg");

    public static string GetEnumValueName(FieldInfo enumMember)
        => enumMember.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? ToUpperSnakeCase(enumMember.Name);

    /// <summary><c>ProductId</c> to <c>productId</c>, <c>ID</c> to <c>id</c>, <c>URLPath</c> to <c>urlPath</c>.</summary>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upperRun = 0;
        while (upperRun < name.Length && char.IsUpper(name[upperRun]))
        {
            upperRun++;
        }

        // In "URLPath" the last capital of the run starts the next word ("Path").
        var lowerCount = upperRun == name.Length || upperRun == 1 ? upperRun : upperRun - 1;
        return string.Create(name.Length, (name, lowerCount), static (span, state) =>
        {
            state.name.AsSpan().CopyTo(span);
            for (var i = 0; i < state.lowerCount; i++)
            {
                span[i] = char.ToLowerInvariant(span[i]);
            }
        });
    }

    /// <summary><c>PaymentFailed</c> to <c>PAYMENT_FAILED</c>, <c>HTTPError</c> to <c>HTTP_ERROR</c>.</summary>
    public static string ToUpperSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}

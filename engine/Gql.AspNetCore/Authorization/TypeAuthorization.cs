using System.Reflection;
using Gql.Types;
using Gql.Types.CodeFirst;
using Microsoft.AspNetCore.Authorization;

namespace Gql.AspNetCore.Authorization;

/// <summary>
/// Applies <see cref="AuthorizeAttribute"/>s placed on a class to the fields of the object type it
/// backs (<see cref="ObjectType.RuntimeType"/>): every field declared by one of the class's public
/// members, except members marked with an <see cref="IAllowAnonymous"/> attribute. The class check
/// runs before the members' own <c>[Authorize]</c> checks; all of them must pass.
/// </summary>
internal static class TypeAuthorization
{
    private const BindingFlags MemberFlags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
    private const string AppliedKey = "Gql.AspNetCore.Authorization.TypeAuthorization";

    public static void Apply(Schema schema)
    {
        // AddAuthorization() may be called more than once; the class checks are added once.
        if (!schema.ContextData.TryAdd(AppliedKey, true))
        {
            return;
        }

        foreach (var type in schema.Types.Values)
        {
            if (type is ObjectType { RuntimeType: { } clrType } objectType)
            {
                Apply(objectType, clrType);
            }
        }
    }

    private static void Apply(ObjectType type, Type clrType)
    {
        var requirements = clrType.GetCustomAttributes<AuthorizeAttribute>(inherit: true)
            .Select(AuthorizationRequirement.From)
            .ToArray();
        if (requirements.Length == 0)
        {
            return;
        }

        var members = FieldMembers(clrType);
        foreach (var field in type.Fields)
        {
            if (!members.TryGetValue(field.Name, out var member) || AllowsAnonymous(member))
            {
                continue;
            }

            // Wrapped in reverse so the first attribute's check runs first.
            for (var i = requirements.Length - 1; i >= 0; i--)
            {
                if (field.Resolver is { } resolver)
                {
                    field.Resolver = FieldAuthorization.Guard(resolver, requirements[i]);
                }

                if (field.Subscriber is { } subscriber)
                {
                    field.Subscriber = FieldAuthorization.Guard(subscriber, requirements[i]);
                }
            }
        }
    }

    /// <summary>The class's public members by the field name code-first gives them.</summary>
    private static Dictionary<string, MemberInfo> FieldMembers(Type clrType)
    {
        var members = new Dictionary<string, MemberInfo>(StringComparer.Ordinal);
        foreach (var member in clrType.GetMembers(MemberFlags))
        {
            if (member is PropertyInfo or MethodInfo { IsSpecialName: false } && member.DeclaringType != typeof(object))
            {
                members.TryAdd(NameConventions.GetMemberName(member), member);
            }
        }

        return members;
    }

    private static bool AllowsAnonymous(MemberInfo member)
        => member.GetCustomAttributes(inherit: true).Any(attribute => attribute is IAllowAnonymous);
}

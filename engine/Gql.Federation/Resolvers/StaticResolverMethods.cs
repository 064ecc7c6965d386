using System.Reflection;
using Gql.Types.CodeFirst;

namespace Gql.Federation;

/// <summary>Finds the static resolver method of a type marked with an attribute, and keeps it out of the type's fields.</summary>
internal static class StaticResolverMethods
{
    public static MethodInfo? Find<TAttribute>(ObjectTypeDescriptor descriptor)
        where TAttribute : Attribute
    {
        var method = descriptor.ClrType.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .FirstOrDefault(m => m.IsDefined(typeof(TAttribute), inherit: true));
        if (method is not null && method.IsPublic)
        {
            descriptor.Type.Fields.Remove(NameConventions.GetMemberName(method));
        }

        return method;
    }
}

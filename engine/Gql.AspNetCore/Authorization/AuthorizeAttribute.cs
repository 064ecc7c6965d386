using System.Reflection;
using Gql.Types;
using Microsoft.AspNetCore.Authorization;

namespace Gql.AspNetCore.Authorization;

/// <summary>
/// Requires an authenticated user, and optionally one of <see cref="Roles"/> and the ASP.NET Core
/// policy <see cref="Policy"/>, before the field's resolver runs (Hot Chocolate's <c>[Authorize]</c>).
/// On a property or method it guards that field; on a class, interface or type extension class it
/// guards every field that class declares, except members marked <see cref="AllowAnonymousAttribute"/>
/// (the class's check runs before the members' own).
/// A refused field resolves to null with an <see cref="AuthorizationErrorCodes"/> error at its path.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : ObjectFieldDescriptorAttribute, IObjectTypeDescriptorAttribute
{
    // Authorization runs before every other middleware of the field (paging, projections, ...),
    // whatever the attributes' source order, so nothing is fetched for a refused user.
    private const int RunsFirst = int.MinValue;

    /// <summary>Requires an authenticated user (and the default policy when authorization services are registered).</summary>
    public AuthorizeAttribute()
        : base(RunsFirst)
    {
    }

    /// <summary>Requires an authenticated user who satisfies the ASP.NET Core policy <paramref name="policy"/>.</summary>
    public AuthorizeAttribute(string policy)
        : base(RunsFirst)
    {
        Policy = policy;
    }

    /// <summary>Requires an authenticated user in at least one of <paramref name="roles"/>.</summary>
    public AuthorizeAttribute(params string[] roles)
        : base(RunsFirst)
    {
        Roles = roles;
    }

    /// <summary>The name of an ASP.NET Core authorization policy the user must satisfy; the resolver context is the resource.</summary>
    public string? Policy { get; set; }

    /// <summary>The user must be in at least one of these roles; an entry may itself be a comma-separated list.</summary>
    public string[]? Roles { get; set; }

    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var requirement = AuthorizationRequirement.From(this);
        descriptor.Use(next => FieldAuthorization.Guard(next, requirement));

        // A subscription is authorized when it subscribes; the stream may be set by a later attribute.
        var field = descriptor.Field;
        descriptor.Context.OnCompleted(() => GuardSubscriber(field, requirement));
    }

    void IObjectTypeDescriptorAttribute.OnConfigure(ObjectTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var requirement = AuthorizationRequirement.From(this);
        for (var i = 0; i < descriptor.Fields.Count; i++)
        {
            if (AllowsAnonymous(descriptor.Members[i]))
            {
                continue;
            }

            // After every member attribute has run (completion), so this check wraps theirs and runs first.
            var field = descriptor.Fields[i];
            descriptor.Context.OnCompleted(() =>
            {
                if (field.Resolver is { } resolver)
                {
                    field.Resolver = FieldAuthorization.Guard(resolver, requirement);
                }

                GuardSubscriber(field, requirement);
            });
        }
    }

    private static void GuardSubscriber(OutputField field, AuthorizationRequirement requirement)
    {
        if (field.Subscriber is { } subscriber)
        {
            field.Subscriber = FieldAuthorization.Guard(subscriber, requirement);
        }
    }

    private static bool AllowsAnonymous(MemberInfo member)
        => member.GetCustomAttributes(inherit: true).Any(attribute => attribute is IAllowAnonymous);
}

using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>
/// Declares a stable key of an entity: <c>@key(fields: "id")</c> (Composite Schemas and Apollo
/// Federation). Repeat it for several keys; <c>"id sku"</c> is a composite key.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = true)]
public sealed class KeyAttribute(string fields, [CallerLineNumber] int order = 0) : ObjectTypeDescriptorAttribute(order)
{
    public string Fields { get; } = fields;

    public override void OnConfigure(ObjectTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Type.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Key, ("fields", Fields)));
        var type = descriptor.Type;
        descriptor.Context.OnCompleted(() => KeyFieldsValidator.Validate(type, Fields));
        if (descriptor.Type is ObjectType objectType)
        {
            FederationRegistry.For(descriptor.Context).AddEntity(objectType);
            if (!objectType.ContextData.ContainsKey(ReferenceResolution.ResolverKey)
                && StaticResolverMethods.Find<ReferenceResolverAttribute>(descriptor) is { } method)
            {
                objectType.ContextData[ReferenceResolution.ResolverKey] = ReferenceResolution.Compile(method);
            }
        }
    }
}

using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.CodeFirst.Tests.Descriptors;

/// <summary>Applies <c>@tag(name:)</c> to the type, defining the directive on first use.</summary>
public sealed class TaggedAttribute(string name) : ObjectTypeDescriptorAttribute
{
    public override void OnConfigure(ObjectTypeDescriptor descriptor)
    {
        var definition = new DirectiveDefinition("tag") { IsRepeatable = true };
        definition.Arguments.Add(new Argument("name", new NonNullType(descriptor.Context.GetScalar("String"))));
        definition.Locations.Add(DirectiveLocation.Object);
        descriptor.Context.AddDirectiveDefinition(definition);
        descriptor.Type.Directives.Add(new DirectiveNode(null, new NameNode(null, "tag"), [new ArgumentNode(null, new NameNode(null, "name"), new StringValueNode(null, name, false))]));
    }
}

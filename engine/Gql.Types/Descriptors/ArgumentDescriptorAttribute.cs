namespace Gql.Types;

/// <summary>Base class of attributes that configure an argument declared by a resolver parameter ([Is], [Require], ...).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = true, Inherited = true)]
public abstract class ArgumentDescriptorAttribute : Attribute
{
    public abstract void OnConfigure(ArgumentDescriptor descriptor);
}

using System.Reflection;

namespace Gql.Types;

/// <summary>An argument declared from a resolver parameter, handed to <see cref="ArgumentDescriptorAttribute"/>s.</summary>
public sealed class ArgumentDescriptor(IDescriptorContext context, OutputField field, Argument argument, ParameterInfo parameter)
{
    public IDescriptorContext Context { get; } = context;

    public OutputField Field { get; } = field;

    public Argument Argument { get; } = argument;

    public ParameterInfo Parameter { get; } = parameter;
}

using System.Reflection;
using Gql.Language;
using Gql.Types.CodeFirst;

namespace Gql.Federation;

/// <summary>Compiles and calls <see cref="ReferenceResolverAttribute"/> methods.</summary>
internal static class ReferenceResolution
{
    public const string ResolverKey = "Gql.Federation.ReferenceResolver";

    public static StaticResolver Compile(MethodInfo method) => StaticResolverCompiler.Compile(method, IsRepresentationInput);

    /// <summary>Calls the type's reference resolver with the representation's fields, converted to the parameter types.</summary>
    public static ValueTask<object?> InvokeAsync(IResolverContext context, ObjectType type, StaticResolver resolver, IReadOnlyDictionary<string, object?> representation)
    {
        var values = new object?[resolver.Inputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = resolver.Inputs[i];
            if (parameter.ParameterType == typeof(IReadOnlyDictionary<string, object?>))
            {
                values[i] = representation;
                continue;
            }

            var name = NameConventions.GetArgumentName(parameter);
            if (!representation.TryGetValue(name, out var value) || value is null)
            {
                values[i] = IsOptional(parameter)
                    ? parameter.HasDefaultValue ? parameter.DefaultValue : null
                    : throw Invalid($"The representation of \"{type.Name}\" has no value for \"{name}\", which its reference resolver needs.");
                continue;
            }

            try
            {
                values[i] = ClrValueConverter.Convert(value, parameter.ParameterType);
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                throw Invalid($"The value of \"{name}\" in the representation of \"{type.Name}\" is not a valid {parameter.ParameterType.Name}.");
            }
        }

        return resolver.Invoke(context, values);
    }

    private static bool IsRepresentationInput(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type == typeof(IReadOnlyDictionary<string, object?>) || type.IsPrimitive || type.IsEnum || type == typeof(string)
            || type == typeof(decimal) || type == typeof(Guid) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(DateOnly) || type == typeof(Uri);
    }

    private static bool IsOptional(ParameterInfo parameter)
        => parameter.HasDefaultValue
            || Nullable.GetUnderlyingType(parameter.ParameterType) is not null
            || (!parameter.ParameterType.IsValueType && new NullabilityInfoContext().Create(parameter).ReadState != NullabilityState.NotNull);

    private static GraphQLException Invalid(string message) => new([GraphQLError.WithCode(message, FederationErrorCodes.InvalidRepresentation)]);
}

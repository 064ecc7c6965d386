using Gql.Types;

namespace Gql.CostAnalysis;

/// <summary><c>schemaBuilder.AddCostDirectives()</c> for schemas built without the server builder.</summary>
public static class CostSchemaBuilderExtensions
{
    /// <summary>Adds the <c>@cost</c> and <c>@listSize</c> definitions (code-first attributes reuse them).</summary>
    public static SchemaBuilder AddCostDirectives(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddDirective(CostDirectives.CreateCostDefinition(BuiltInScalars.String))
            .AddDirective(CostDirectives.CreateListSizeDefinition(BuiltInScalars.String, BuiltInScalars.Int, BuiltInScalars.Boolean));
    }
}

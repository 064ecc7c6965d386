namespace Gql.Types;

/// <summary>What <see cref="SchemaPrinter"/> prints beyond graphql-js printSchema.</summary>
public sealed record SchemaPrinterOptions
{
    /// <summary>
    /// Print the directives applied to the schema, types, fields, arguments, enum values and input fields
    /// (other than <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>, which are always printed).
    /// </summary>
    public bool IncludeAppliedDirectives { get; init; }

    /// <summary>Leave out applied directives with these names (when <see cref="IncludeAppliedDirectives"/> is on).</summary>
    public IReadOnlySet<string>? ExcludedAppliedDirectives { get; init; }

    /// <summary>Print the built-in directive definitions and specified scalars as well.</summary>
    public bool IncludeBuiltIns { get; init; }

    /// <summary>
    /// Print the schema's applied directives as <c>extend schema @...</c> when the root types have
    /// the default names (the Apollo Federation 2 <c>@link</c> style), instead of a schema definition.
    /// </summary>
    public bool SchemaDirectivesAsExtension { get; init; }
}

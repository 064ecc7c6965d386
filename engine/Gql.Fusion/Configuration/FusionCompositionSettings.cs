namespace Gql.Fusion.Configuration;

/// <summary>fusion.json <c>composition</c> (optional): settings of the schema composition.</summary>
public sealed class FusionCompositionSettings
{
    /// <summary>Apply the INVALID_FIELD_SHARING rule (see <c>CompositionOptions.RequireShareableFields</c>).</summary>
    public bool RequireShareableFields { get; init; } = true;
}

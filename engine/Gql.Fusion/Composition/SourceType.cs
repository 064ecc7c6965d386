namespace Gql.Fusion.Composition;

/// <summary>A type as one source schema defines it.</summary>
internal sealed record SourceType(SourceSchema Schema, NamedType Type)
{
    public bool IsInaccessible => DirectiveReader.IsInaccessible(Type.Directives);

    public bool IsInternal => DirectiveReader.IsInternal(Type.Directives);
}

namespace Gql.Data;

/// <summary>An item of a connection with the cursor that points at it.</summary>
public sealed record Edge(string Cursor, object Node);

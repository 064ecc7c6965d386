using Gql.Language.Syntax;

namespace Gql.Types.Resolvers;

/// <summary>
/// One collected field of an operation (spec section 6.3.2): the merged field nodes of a response
/// name, with the fields selected below it per object type. Middleware such as projections reads
/// the selections to know what the client asked for.
/// </summary>
public interface ISelection
{
    string ResponseName { get; }

    OutputField Field { get; }

    ObjectType DeclaringType { get; }

    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The fields selected below this one when its value is of <paramref name="type"/>, after @skip/@include.</summary>
    IReadOnlyList<ISelection> GetSelections(ObjectType type);

    /// <summary>The coerced argument values of this selection for the request's variables.</summary>
    IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables);
}

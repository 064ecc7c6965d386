using Gql.Language;

namespace Gql.AspNetCore.Tests;

/// <summary>A test check that refuses the operation named <see cref="RefusedName"/> with <see cref="Code"/>.</summary>
public sealed class OperationNameCheck : IOperationCheck
{
    public const string RefusedName = "Refused";
    public const string Code = "TEST_OPERATION_REFUSED";

    public OperationCheckResult Check(OperationCheckContext context)
        => context.OperationName == RefusedName
            ? OperationCheckResult.Refuse(GraphQLError.WithCode("This operation is refused by a check.", Code))
            : OperationCheckResult.Allow;
}

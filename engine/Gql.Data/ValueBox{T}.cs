using System.Linq.Expressions;

namespace Gql.Data;

/// <summary>
/// Holds a value the built expressions read as a closure member, so EF Core sends it as a SQL
/// parameter (one cached plan per shape) instead of inlining a constant.
/// </summary>
internal sealed class ValueBox<T>(T value)
{
    public T Value = value;
}

namespace CooperationGraph.Domain.Store;

/// <summary>How a <see cref="ComparisonFilter"/> compares a field with its operand.</summary>
public enum ComparisonOperator
{
    /// <summary>Equal (<c>=</c>).</summary>
    Equal,

    /// <summary>Greater than (<c>&gt;</c>).</summary>
    GreaterThan,

    /// <summary>Greater than or equal (<c>&gt;=</c>).</summary>
    GreaterThanOrEqual,

    /// <summary>Less than (<c>&lt;</c>).</summary>
    LessThan,

    /// <summary>Less than or equal (<c>&lt;=</c>).</summary>
    LessThanOrEqual,
}

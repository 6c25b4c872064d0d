namespace CooperationGraph.Domain.Model;

/// <summary>The value type of a property declared in the graph model.</summary>
public enum PropertyType
{
    /// <summary>A short string (<c>string</c>).</summary>
    String,

    /// <summary>A longer free text (<c>text</c>).</summary>
    Text,

    /// <summary>A 64-bit integer (<c>int</c>).</summary>
    Int,

    /// <summary>A double-precision number (<c>float</c>).</summary>
    Float,

    /// <summary>True or false (<c>bool</c>).</summary>
    Bool,

    /// <summary>A stated date, <c>{ text, value, precision }</c> (<c>date</c>).</summary>
    Date,

    /// <summary>A stated amount, <c>{ text, value, currency | unit }</c> (<c>amount</c>).</summary>
    Amount,

    /// <summary>One of a closed set of strings (<c>enum</c>).</summary>
    Enum,

    /// <summary>A list of strings (<c>string[]</c>).</summary>
    StringList,
}

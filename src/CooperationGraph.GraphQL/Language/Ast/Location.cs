namespace CooperationGraph.GraphQL.Language.Ast;

/// <summary>Where a node appears in its source: character offsets and the line/column of its first token.</summary>
public sealed class Location
{
    /// <summary>Creates a location.</summary>
    /// <param name="start">Offset of the node's first character.</param>
    /// <param name="end">Offset just past the node's last character.</param>
    /// <param name="line">1-based line of the first token.</param>
    /// <param name="column">1-based column of the first token.</param>
    /// <param name="source">The source the offsets refer to.</param>
    public Location(int start, int end, int line, int column, Source source)
    {
        Start = start;
        End = end;
        Line = line;
        Column = column;
        Source = source;
    }

    /// <summary>Offset of the node's first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node's last character.</summary>
    public int End { get; }

    /// <summary>1-based line of the node's first token.</summary>
    public int Line { get; }

    /// <summary>1-based column of the node's first token.</summary>
    public int Column { get; }

    /// <summary>The source the offsets refer to.</summary>
    public Source Source { get; }

    /// <summary>The line and column of the node's first token.</summary>
    public SourceLocation StartLocation => new(Line, Column);
}

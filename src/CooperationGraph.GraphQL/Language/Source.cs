namespace CooperationGraph.GraphQL.Language;

/// <summary>A GraphQL document text with a name used in error messages.</summary>
public sealed class Source
{
    /// <summary>Creates a source from its text.</summary>
    /// <param name="body">The GraphQL text.</param>
    /// <param name="name">A name for the text, such as a file name.</param>
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    /// <summary>The GraphQL text.</summary>
    public string Body { get; }

    /// <summary>The name of the text, such as a file name.</summary>
    public string Name { get; }

    /// <summary>Computes the line and column of a character offset; <c>\r\n</c>, <c>\r</c> and <c>\n</c> each end a line.</summary>
    /// <param name="position">A 0-based offset into <see cref="Body"/>.</param>
    /// <returns>The 1-based line and column.</returns>
    public SourceLocation GetLocation(int position)
    {
        var body = Body.AsSpan();
        var end = Math.Clamp(position, 0, body.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, end - lineStart + 1);
    }
}

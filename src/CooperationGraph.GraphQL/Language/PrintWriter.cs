using System.Text;

namespace CooperationGraph.GraphQL.Language;

/// <summary>
/// Accumulates printed GraphQL with an indentation level. Every line break written, including those inside
/// text such as block strings, is followed by the current indentation: the effect of graphql-js re-indenting a
/// nested printout at each enclosing level, in linear rather than cubic time for deeply nested documents.
/// </summary>
internal sealed class PrintWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public int Length => _builder.Length;

    public PrintWriter Write(string text)
    {
        if (_indent == 0 || !text.Contains('\n', StringComparison.Ordinal))
        {
            _builder.Append(text);
            return this;
        }

        var start = 0;
        int newline;
        while ((newline = text.IndexOf('\n', start)) >= 0)
        {
            _builder.Append(text, start, newline - start);
            NewLine();
            start = newline + 1;
        }

        _builder.Append(text, start, text.Length - start);
        return this;
    }

    public PrintWriter Write(char c)
    {
        if (c == '\n')
        {
            return NewLine();
        }

        _builder.Append(c);
        return this;
    }

    public PrintWriter NewLine()
    {
        _builder.Append('\n').Append(' ', _indent * 2);
        return this;
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _builder.ToString();
}

namespace CooperationGraph.GraphQL.Language;

internal sealed partial class Lexer
{
    // IntValue and FloatValue may not be followed by a digit, `.` or a name start: `1.`, `0x`, `1e`, `00` are errors.
    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CharAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (CharClasses.IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || CharClasses.IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        return CreateToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!CharClasses.IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCodePointAt(start)}.");
        }

        var position = start + 1;
        while (CharClasses.IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }
}

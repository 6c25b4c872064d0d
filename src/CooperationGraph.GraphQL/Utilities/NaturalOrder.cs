namespace CooperationGraph.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>naturalCompare</c>, which orders every suggestion list: digit runs compare by value (<c>T2</c>
/// before <c>T10</c>), other characters by UTF-16 code unit, then the shorter string first.
/// </summary>
internal static class NaturalOrder
{
    public static int Compare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var numberA = ReadNumber(a, ref i);
                var numberB = ReadNumber(b, ref j);
                if (numberA != numberB)
                {
                    return numberA < numberB ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // As in graphql-js: a run starting with 0 ends after that 0, and the value is a double, so runs too long for an
    // integer type neither overflow nor throw: they compare as JavaScript numbers do.
    private static double ReadNumber(string text, ref int index)
    {
        double value = 0;
        do
        {
            value = (value * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0);
        return value;
    }
}

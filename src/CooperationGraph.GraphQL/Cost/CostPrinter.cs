using System.Globalization;
using System.Text;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Cost;

/// <summary>Prints the cost annotations of a type or field as the <c>@cost</c> and <c>@listSize</c> directives they stand for.</summary>
internal static class CostPrinter
{
    public static string Print(GraphQLNamedType type) => type.CostWeight is { } weight ? Cost(weight) : string.Empty;

    public static string Print(GraphQLField field)
    {
        if (field.CostWeight is null && field.ListSize is null)
        {
            return string.Empty;
        }

        var printed = new StringBuilder();
        if (field.CostWeight is { } weight)
        {
            printed.Append(Cost(weight));
        }

        if (field.ListSize is { } size)
        {
            var arguments = new List<string>(4);
            if (size.AssumedSize is { } assumed)
            {
                arguments.Add("assumedSize: " + assumed.ToString(CultureInfo.InvariantCulture));
            }

            if (size.SlicingArguments.Count > 0)
            {
                arguments.Add("slicingArguments: " + Strings(size.SlicingArguments));
            }

            if (size.SizedFields.Count > 0)
            {
                arguments.Add("sizedFields: " + Strings(size.SizedFields));
            }

            // true is the directive's default, and means nothing without slicing arguments.
            if (!size.RequireOneSlicingArgument && size.SlicingArguments.Count > 0)
            {
                arguments.Add("requireOneSlicingArgument: false");
            }

            printed.Append(" @listSize").Append(arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")");
        }

        return printed.ToString();
    }

    private static string Cost(int weight) => " @cost(weight: " + weight.ToString(CultureInfo.InvariantCulture) + ")";

    private static string Strings(IReadOnlyList<string> values) => "[" + string.Join(", ", values.Select(Printer.PrintString)) + "]";
}

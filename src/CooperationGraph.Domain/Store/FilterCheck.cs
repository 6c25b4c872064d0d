using System.Text.RegularExpressions;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// The one check of a <see cref="NodeFilter"/> both stores run before translating it, so a bad filter is refused with
/// the same <see cref="GraphStoreErrorCode.InvalidArgument"/> message whichever store serves it: nesting depth, null
/// operands, field names, operand types, empty substrings, and the parts of a <see cref="RelatedFilter"/>.
/// </summary>
public static partial class FilterCheck
{
    /// <summary>How deeply filters may nest, counting each <c>and</c>, <c>or</c>, <c>not</c> and related end.</summary>
    public const int MaxDepth = 32;

    /// <summary>Refuses a filter either store would refuse.</summary>
    /// <param name="filter">The filter.</param>
    /// <exception cref="GraphStoreException">The filter is malformed; the message says where.</exception>
    public static void Validate(NodeFilter? filter) => Validate(filter, 0);

    /// <summary>Refuses a field name that is neither built in (<c>id</c>, <c>name</c>, <c>nameEn</c>) nor a plain identifier.</summary>
    /// <param name="field">A filtered, sorted or grouped field.</param>
    /// <returns>The field.</returns>
    /// <exception cref="GraphStoreException">The name could not be a property name.</exception>
    public static string FieldName(string? field) => field is not null && FieldNamePattern().IsMatch(field)
        ? field
        : throw Invalid($"'{field}' is not a valid field name: use letters, digits and '_', starting with a letter.");

    private static void Validate(NodeFilter? filter, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Invalid($"The filter is nested deeper than {MaxDepth} levels.");
        }

        switch (filter)
        {
            case null:
                throw Invalid("A filter operand is null.");
            case AndFilter and:
                ValidateAll(and.Operands, depth);
                break;
            case OrFilter or:
                ValidateAll(or.Operands, depth);
                break;
            case NotFilter not:
                Validate(not.Operand, depth + 1);
                break;
            case ComparisonFilter comparison:
                FieldName(comparison.Field);
                if (!Enum.IsDefined(comparison.Operator))
                {
                    throw Invalid($"Unknown comparison operator {comparison.Operator}.");
                }

                FilterOperand.Normalise(comparison.Value, comparison.Field);
                break;
            case InFilter @in:
                FieldName(@in.Field);
                foreach (var value in @in.Values ?? [])
                {
                    FilterOperand.Normalise(value, @in.Field);
                }

                break;
            case ContainsFilter contains:
                FieldName(contains.Field);
                if (string.IsNullOrEmpty(contains.Substring))
                {
                    throw Invalid($"The contains filter on '{contains.Field}' needs a non-empty substring.");
                }

                break;
            case RelatedFilter related:
                ValidateRelated(related, depth);
                break;
            default:
                throw Invalid($"Unsupported filter {filter.GetType().Name}.");
        }
    }

    private static void ValidateAll(IReadOnlyList<NodeFilter>? operands, int depth)
    {
        foreach (var operand in operands ?? [])
        {
            Validate(operand, depth + 1);
        }
    }

    private static void ValidateRelated(RelatedFilter related, int depth)
    {
        if (!Enum.IsDefined(related.Direction))
        {
            throw Invalid($"Unknown direction {related.Direction}.");
        }

        if (!Enum.IsDefined(related.Quantifier))
        {
            throw Invalid($"Unknown quantifier {related.Quantifier}.");
        }

        if (related.Types?.Any(string.IsNullOrEmpty) == true || related.Type?.Length == 0)
        {
            throw Invalid("A related filter names an empty relationship type.");
        }

        if (related.Statuses?.Any(status => !Enum.IsDefined(status)) == true)
        {
            throw Invalid($"A related filter names an unknown status; use {string.Join(", ", Enum.GetNames<RelationshipStatus>())}.");
        }

        if (related.Other is not null)
        {
            Validate(related.Other, depth + 1);
        }
    }

    private static GraphStoreException Invalid(string message) => new(GraphStoreErrorCode.InvalidArgument, message);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldNamePattern();
}

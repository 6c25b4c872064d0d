using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Field Selections: every selected field is defined on the type it is selected on.</summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        if (node is FieldNode field && Context.TypeInfo.ParentType is { } parentType && Context.TypeInfo.FieldDef is null)
        {
            var name = field.Name.Value;

            // Prefer suggesting a fragment on a type that has the field; failing that, a field with a similar name.
            var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(parentType, name));
            if (suggestion.Length == 0 && parentType is GraphQLFieldsType fieldsType)
            {
                suggestion = Suggestions.DidYouMean(null, Suggestions.SuggestionList(name, fieldsType.Fields.Keys));
            }

            Context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\"." + suggestion, field);
        }

        return true;
    }

    private List<string> SuggestedTypeNames(GraphQLNamedType type, string fieldName)
    {
        if (!TypePredicates.IsAbstractType(type))
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<GraphQLFieldsType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        suggested.Sort((a, b) =>
        {
            var difference = usageCount[b.Name] - usageCount[a.Name];
            if (difference != 0)
            {
                return difference;
            }

            // Super types first, then subtypes, then by name.
            if (a is GraphQLInterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is GraphQLInterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return NaturalOrder.Compare(a.Name, b.Name);
        });
        return suggested.ConvertAll(t => t.Name);
    }
}

using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Values of Correct Type: every literal can be coerced to the input type of its position.</summary>
internal sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationVisitor(context)
{
    private TypeInfo TypeInfo => Context.TypeInfo;

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case ListValueNode list:
                if (TypeInfo.ParentInputType is not { } parent || TypePredicates.GetNullableType(parent) is not GraphQLList)
                {
                    CheckLeafValue(list);
                    return false;
                }

                break;
            case ObjectValueNode obj:
                if (TypePredicates.GetNamedType(TypeInfo.InputType) is not GraphQLInputObjectType inputObject)
                {
                    CheckLeafValue(obj);
                    return false;
                }

                CheckInputObject(obj, inputObject);
                break;
            case ObjectFieldNode field:
                if (TypeInfo.InputType is null && TypePredicates.GetNamedType(TypeInfo.ParentInputType) is GraphQLInputObjectType parentObject)
                {
                    var suggestions = Suggestions.SuggestionList(field.Name.Value, parentObject.Fields.Keys);
                    Context.ReportError(
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parentObject.Name}\"." + Suggestions.DidYouMean(null, suggestions),
                        field);
                }

                break;
            case NullValueNode nullValue:
                if (TypeInfo.InputType is GraphQLNonNull nonNull)
                {
                    Context.ReportError($"Expected value of type \"{nonNull}\", found null.", nullValue);
                }

                break;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeafValue((ValueNode)node);
                break;
        }

        return true;
    }

    private void CheckInputObject(ObjectValueNode node, GraphQLInputObjectType type)
    {
        // As graphql-js's keyMap: a repeated field name keeps its last value (UniqueInputFieldNames reports the repeat).
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var field in node.Fields)
        {
            if (!given.ContainsKey(field.Name.Value))
            {
                order.Add(field.Name.Value);
            }

            given[field.Name.Value] = field;
        }

        foreach (var fieldDef in type.Fields.Values)
        {
            if (!given.ContainsKey(fieldDef.Name) && TypePredicates.IsRequired(fieldDef))
            {
                Context.ReportError($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node);
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        if (order.Count != 1)
        {
            Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
        }
        else if (given[order[0]].Value is NullValueNode)
        {
            Context.ReportError($"Field \"{type.Name}.{order[0]}\" must be non-null.", node);
        }
    }

    /// <summary>Scalars and enums decide whether a literal is valid by parsing it.</summary>
    private void CheckLeafValue(ValueNode node)
    {
        if (TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var type = TypePredicates.GetNamedType(locationType);
        if (!TypePredicates.IsLeafType(type))
        {
            Context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return;
        }

        try
        {
            _ = type switch
            {
                GraphQLEnumType enumType => enumType.ParseLiteral(node),
                GraphQLScalarType scalar => scalar.ParseLiteral(node),
                _ => null,
            };
        }
        catch (GraphQLError error)
        {
            Context.ReportError(error);
        }
        catch (Exception error) when (error is not ValidationAbortedException)
        {
            Context.ReportError(new GraphQLError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; " + error.Message,
                [node],
                originalError: error));
        }
    }
}

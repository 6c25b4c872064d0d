using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Leaf Field Selections: scalars and enums have no selections; objects, interfaces and unions need some.</summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        if (node is not FieldNode field || Context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var name = field.Name.Value;
        if (TypePredicates.IsLeafType(TypePredicates.GetNamedType(type)))
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Context.ReportError(
                    $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Context.ReportError(
                $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Context.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}

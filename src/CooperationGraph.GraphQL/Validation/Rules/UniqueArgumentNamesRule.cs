using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness: a field or directive is given each argument once.</summary>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    public override bool Enter(Node node)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is not { Count: > 1 })
        {
            return true;
        }

        var groups = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var argument in arguments)
        {
            if (!groups.TryGetValue(argument.Name.Value, out var group))
            {
                groups[argument.Name.Value] = group = [];
                order.Add(argument.Name.Value);
            }

            group.Add(argument.Name);
        }

        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                Context.ReportError(new Error.GraphQLError($"There can be only one argument named \"{name}\".", groups[name]));
            }
        }

        return true;
    }
}

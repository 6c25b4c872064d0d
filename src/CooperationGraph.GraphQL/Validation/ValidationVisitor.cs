using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Validation;

/// <summary>
/// One rule's view of the validation walk. All rules walk the document together, sharing one <see cref="TypeInfo"/>;
/// a rule that returns false from <see cref="Enter"/> skips that node's subtree without affecting the others.
/// </summary>
internal abstract class ValidationVisitor(ValidationContext context)
{
    protected ValidationContext Context { get; } = context;

    public virtual bool Enter(Node node) => true;

    public virtual void Leave(Node node)
    {
    }
}

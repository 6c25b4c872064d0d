namespace CooperationGraph.GraphQL.Validation;

/// <summary>A validation rule of the specification, such as <c>FieldsOnCorrectType</c>.</summary>
public sealed class ValidationRule
{
    private readonly Func<ValidationContext, ValidationVisitor> _createVisitor;

    private ValidationRule(string name, Func<ValidationContext, ValidationVisitor> createVisitor)
    {
        Name = name;
        _createVisitor = createVisitor;
    }

    /// <summary>The rule's name, as in the specification's section title (without spaces).</summary>
    public string Name { get; }

    /// <summary>The rule's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal static ValidationRule Create(string name, Func<ValidationContext, ValidationVisitor> createVisitor) =>
        new(name, createVisitor);

    internal ValidationVisitor CreateVisitor(ValidationContext context) => _createVisitor(context);
}

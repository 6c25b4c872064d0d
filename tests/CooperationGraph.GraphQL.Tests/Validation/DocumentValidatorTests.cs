using CooperationGraph.GraphQL.Tests.Language;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void SpecifiedRules_AreTheSpecRulesInGraphQLJsOrder()
    {
        Assert.Equal(
            [
                "ExecutableDefinitions", "UniqueOperationNames", "LoneAnonymousOperation", "SingleFieldSubscriptions",
                "KnownTypeNames", "FragmentsOnCompositeTypes", "VariablesAreInputTypes", "ScalarLeafs", "FieldsOnCorrectType",
                "UniqueFragmentNames", "KnownFragmentNames", "NoUnusedFragments", "PossibleFragmentSpreads", "NoFragmentCycles",
                "UniqueVariableNames", "NoUndefinedVariables", "NoUnusedVariables", "KnownDirectives",
                "UniqueDirectivesPerLocation", "KnownArgumentNames", "UniqueArgumentNames", "ValuesOfCorrectType",
                "ProvidedRequiredArguments", "VariablesInAllowedPosition", "OverlappingFieldsCanBeMerged", "UniqueInputFieldNames",
                "MaxIntrospectionDepth",
            ],
            SpecifiedRules.All.Select(r => r.Name));
    }

    [Fact]
    public void Get_UnknownRule_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SpecifiedRules.Get("NoSuchRule"));
        Assert.Contains("NoSuchRule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidDocument_HasNoErrors()
    {
        var document = TestDocuments.Parse(TestDocuments.ReadCorpus("harness-operations.graphql"));
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema("harness-schema"), document));
    }

    [Fact]
    public void ErrorLimit_StopsValidationWithANotice()
    {
        var fields = string.Join(' ', Enumerable.Range(0, 10).Select(i => "unknown" + i));
        var document = TestDocuments.Parse("{ dog { " + fields + " } }");
        var schema = ValidationHarness.Schema("harness-schema");

        Assert.Equal(10, DocumentValidator.Validate(schema, document).Count);
        var limited = DocumentValidator.Validate(schema, document, maxErrors: 3);
        Assert.Equal(4, limited.Count);
        Assert.Equal("Cannot query field \"unknown2\" on type \"Dog\".", limited[2].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", limited[3].Message);
        Assert.Null(limited[3].Locations);
    }

    [Fact]
    public void Errors_CarryTheirNodesAndSource()
    {
        var document = TestDocuments.Parse("{ dog { nope } }");
        var error = Assert.Single(DocumentValidator.Validate(ValidationHarness.Schema("harness-schema"), document));
        Assert.Equal("nope", ((CooperationGraph.GraphQL.Language.Ast.FieldNode)Assert.Single(error.Nodes!)).Name.Value);
        Assert.Same(document.Location!.Source, error.DocumentSource);
    }

    [Fact]
    public void WideAndFragmentHeavyDocuments_AreValidatedOrAbortedWithoutBlowUp()
    {
        // A chain of 300 fragments each spreading the next twice: naive pairwise fragment expansion would be
        // exponential; the memoized comparison finishes and finds no conflict. 1,000 identical fields need half a
        // million comparisons, past graphql-js 16.15's complexity budget: validation stops with its notice.
        var wide = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 1_000)) + "} }";
        var chain = "{ dog { ...F0 } }\n" + string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"fragment F{i} on Dog {{ name barkVolume {(i < 299 ? $"...F{i + 1} ...F{i + 1}" : "")} }}\n"));
        var schema = ValidationHarness.Schema("harness-schema");
        var aborted = Assert.Single(DocumentValidator.Validate(schema, TestDocuments.Parse(wide)));
        Assert.Equal("Validation aborted.", aborted.Message);
        Assert.Null(aborted.Locations);
        Assert.Empty(DocumentValidator.Validate(schema, TestDocuments.Parse(chain)));
    }
}

using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("CooperationGraph.Neo4j.Tests.Store.LiveNeo4jTestFramework", "CooperationGraph.Neo4j.Tests")]

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary>
/// xunit's own framework, except that the store contract bound to Neo4j is reported skipped ("Requires a live Neo4j:
/// set NEO4J_URI") when no server is configured. The contract's tests carry plain [Fact]s in a shared library, so the
/// usual custom FactAttribute cannot reach them; discovery swaps in a test case whose skip reason comes from the
/// environment instead. Every other test is discovered exactly as xunit does.
/// </summary>
public sealed class LiveNeo4jTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var isContract = testMethod.TestClass.Class.Name == typeof(Neo4jGraphStoreContractTests).FullName;
            if (!isContract || testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).FirstOrDefault() is null
                || testMethod.Method.GetCustomAttributes(typeof(TheoryAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var testCase = new LiveNeo4jTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
            return ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus);
        }
    }
}

/// <summary>A fact of the Neo4j contract binding: skipped, with the reason, unless NEO4J_URI is set.</summary>
public sealed class LiveNeo4jTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public LiveNeo4jTestCase()
    {
    }

    public LiveNeo4jTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, options, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        LiveNeo4j.IsConfigured ? base.GetSkipReason(factAttribute) : LiveNeo4j.SkipReason;
}

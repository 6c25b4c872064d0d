using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Store;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Configuration;

/// <summary>Checks the storage settings; the Neo4j ones as the Neo4j store reads them, configuration or environment.</summary>
internal sealed class StorageOptionsValidator(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    private static readonly string[] s_boltSchemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case StorageOptions.EmbeddedProvider:
                if (string.IsNullOrWhiteSpace(options.DatabasePath))
                {
                    failures.Add("Storage:DatabasePath is required when Storage:Provider is 'embedded'.");
                }
                else if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
                {
                    failures.Add($"Storage:DatabasePath '{options.DatabasePath}' contains characters not allowed in a path.");
                }
                break;
            case StorageOptions.Neo4jProvider:
                var address = options.Neo4jUri ?? configuration["NEO4J_URI"];
                if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !s_boltSchemes.Contains(uri.Scheme))
                {
                    failures.Add($"Storage:Neo4jUri (or NEO4J_URI) must be an absolute bolt:// or neo4j:// address when Storage:Provider is 'neo4j' (got '{address}').");
                    break;
                }

                try
                {
                    Neo4jServiceCollectionExtensions.ReadOptions(configuration).ToClientOptions();
                }
                catch (GraphStoreException invalid)
                {
                    failures.Add(invalid.Message);
                }

                break;
            default:
                failures.Add($"Storage:Provider must be 'embedded' or 'neo4j' (got '{options.Provider}').");
                break;
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

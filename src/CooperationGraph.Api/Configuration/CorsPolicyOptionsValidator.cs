using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Configuration;

internal sealed class CorsPolicyOptionsValidator : IValidateOptions<CorsPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, CorsPolicyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.AllowedOrigins.Count; i++)
        {
            var origin = options.AllowedOrigins[i];
            if (!IsOrigin(origin))
            {
                failures.Add($"Cors:AllowedOrigins:{i} must be an origin like 'https://dashboard.example.org' (scheme and host, no path; got '{origin}').");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // A wildcard would let any site read the API with the caller's credentials; origins are listed one by one.
    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/"
        && !value.EndsWith('/')
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment)
        && string.IsNullOrEmpty(uri.UserInfo);
}

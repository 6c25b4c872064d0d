using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Configuration;

/// <summary>
/// Options read while the request pipeline is built, before the host's start-up validation (<c>AddApiOptions</c>)
/// reports a bad section in one line: until then a section that does not bind ('abc' for a number) or does not
/// validate stands at its defaults, so that building the pipeline never ends in a crash dump.
/// </summary>
internal static class PipelineOptions
{
    public static TOptions BindOrDefaults<TOptions, TValidator>(IConfiguration configuration, string section)
        where TOptions : class, new()
        where TValidator : IValidateOptions<TOptions>, new()
    {
        TOptions configured;
        try
        {
            configured = configuration.GetSection(section).Get<TOptions>() ?? new TOptions();
        }
        catch (InvalidOperationException)
        {
            return new TOptions();
        }

        return new TValidator().Validate(Options.DefaultName, configured).Succeeded ? configured : new TOptions();
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using DotLiquid;
using DotLiquid.Exceptions;

namespace Participation.Summaries.Services;

/// <summary>
/// Renders staff-edited Liquid text with DotLiquid. Templates see only plain values (strings, numbers,
/// lists of hashes) — never .NET objects — so a template cannot reach anything but the digest's own
/// figures. The output is a plain-text mail: tags and control characters are stripped.
/// </summary>
public sealed partial class DigestRenderer
{
    /// <summary>The rendered text, or the parser's or renderer's message when the template is broken.</summary>
    public sealed record Result(string? Text, string? Error);

    public Result Render(string template, IDictionary<string, object?> model)
    {
        Template parsed;
        try { parsed = Template.Parse(template); }
        catch (SyntaxException e) { return new(null, e.Message); }
        catch (Exception e) when (e is not OperationCanceledException) { return new(null, e.Message); }

        string text;
        try
        {
            text = parsed.Render(new RenderParameters(CultureInfo.CurrentCulture)
            {
                LocalVariables = Hash.FromDictionary(model.ToDictionary(kv => kv.Key, kv => kv.Value)),
                ErrorsOutputMode = ErrorsOutputMode.Rethrow,
                // A typo such as an endless loop must not hold a worker.
                MaxIterations = 10_000,
                Timeout = 2_000,
            });
        }
        // Whatever a staff member types, the page answers with a message, never a server error.
        catch (Exception e) when (e is not OperationCanceledException) { return new(null, e.Message); }
        return new(Sanitize(text), null);
    }

    /// <summary>Plain text only: no HTML tags, no control characters but line breaks and tabs.</summary>
    public static string Sanitize(string text) => Controls().Replace(Tags().Replace(text, ""), "");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]")]
    private static partial Regex Controls();
}

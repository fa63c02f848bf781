using Participation.Core.Privacy;
using Serilog.Core;
using Serilog.Events;

namespace Participation.Web.Logging;

/// <summary>
/// Last line of defence: masks anything in a log property that looks like an e-mail address, a phone
/// number or a postal code, with the same patterns and masks as <see cref="PatternRedactor"/>. Code logs
/// ids, never personal data; this catches what slips through (e.g. a framework message quoting a user name).
/// </summary>
internal sealed class PersonalDataScrubber : ILogEventEnricher
{
    private static readonly PatternRedactor Patterns = new();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
            if (value is ScalarValue { Value: string text } && Scrub(text) is var scrubbed && !ReferenceEquals(scrubbed, text))
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(scrubbed)));
    }

    /// <summary>The text with personal data masked, or the same instance when there was none.</summary>
    public static string Scrub(string text)
    {
        if (Patterns.Detect(text) is not { Count: > 0 } spans) return text;
        return RedactionApplier.Apply(text, spans);
    }
}

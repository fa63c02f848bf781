using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Participation.Web.Logging;

/// <summary>
/// Last line of defence: masks anything in a log property that looks like an e-mail address or a
/// phone number. Code logs ids, never personal data; this catches what slips through (e.g. a
/// framework message quoting a user name).
/// </summary>
internal sealed partial class PersonalDataScrubber : ILogEventEnricher
{
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)0\d{1,4}[\-‐－ ]?\d{1,4}[\-‐－ ]?\d{3,4}(?!\d)")]
    private static partial Regex Phone();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
            if (value is ScalarValue { Value: string text } && Scrub(text) is var scrubbed && !ReferenceEquals(scrubbed, text))
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(scrubbed)));
    }

    public static string Scrub(string text)
    {
        if (!text.Contains('@') && !text.Any(char.IsDigit)) return text;
        var result = Phone().Replace(Email().Replace(text, "[email]"), "[phone]");
        return result == text ? text : result;
    }
}

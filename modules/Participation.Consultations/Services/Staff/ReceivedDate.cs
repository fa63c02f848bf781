using System.Globalization;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Time;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// The date a paper, FAX, phone or counter submission was received. Allowed: from the opening day to the
/// closing day plus <see cref="ConsultationOptions.PaperGraceDays"/> (post stamped by the deadline), and
/// never after today. Paper carries a day, not a time: it is recorded at noon Tokyo time, kept inside the period.
/// </summary>
public sealed class ReceivedDate(TimeProvider clock, IOptions<ConsultationOptions> options)
{
    public int GraceDays => options.Value.PaperGraceDays;

    public DateOnly Earliest(ConsultationRound round) => DateOnly.FromDateTime(TokyoTime.ToTokyo(round.OpensAt));

    public DateOnly Latest(ConsultationRound round)
    {
        var graceEnd = DateOnly.FromDateTime(TokyoTime.ToTokyo(round.ClosesAt.AddSeconds(-1))).AddDays(options.Value.PaperGraceDays);
        var today = TokyoTime.Today(clock);
        return graceEnd < today ? graceEnd : today;
    }

    /// <summary>The UTC instant to record, or the localisation key of the problem.</summary>
    public (DateTime? At, string? Error) Parse(string? value, ConsultationRound round)
    {
        if (string.IsNullOrWhiteSpace(value)) return (null, "RoundStaff.Proxy.Error.DateRequired");
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (null, "RoundStaff.Proxy.Error.DateFormat");
        if (day > TokyoTime.Today(clock)) return (null, "RoundStaff.Proxy.Error.DateFuture");
        if (day < Earliest(round) || day > Latest(round)) return (null, "RoundStaff.Proxy.Error.DateOutside");
        var now = clock.GetUtcNow().UtcDateTime;
        var at = TokyoTime.StartOfDay(day).AddHours(12);
        if (at < round.OpensAt) at = round.OpensAt;
        if (at > now) at = now;
        var last = round.ClosesAt.AddDays(options.Value.PaperGraceDays).AddSeconds(-1);
        if (at > last) at = last;
        return (at, null);
    }
}

using Participation.Consultations.Models;

namespace Participation.Consultations.Services;

/// <summary>
/// The status a round has now. Jobs move the stored status on time; until they run, the clock decides,
/// so a late job never lets a submission in after the deadline.
/// </summary>
public static class RoundLifecycle
{
    public static RoundStatus Effective(ConsultationRound round, DateTime nowUtc) => round.Status switch
    {
        RoundStatus.Announced or RoundStatus.Open when nowUtc >= round.ClosesAt => RoundStatus.Closed,
        RoundStatus.Announced when nowUtc >= round.OpensAt => RoundStatus.Open,
        RoundStatus.Open when nowUtc < round.OpensAt => RoundStatus.Announced,
        _ => round.Status,
    };

    public static bool IsOpen(ConsultationRound round, DateTime nowUtc) => Effective(round, nowUtc) == RoundStatus.Open;

    /// <summary>Transitions staff or jobs may make.</summary>
    public static bool CanMove(RoundStatus from, RoundStatus to) => (from, to) switch
    {
        (RoundStatus.Preparing, RoundStatus.Announced) => true,
        (RoundStatus.Announced, RoundStatus.Open) => true,
        (RoundStatus.Open, RoundStatus.Closed) => true,
        (RoundStatus.Closed, RoundStatus.ResultsPublished) => true,
        _ => false,
    };

    public static string StatusKey(RoundStatus s) => $"Rounds.Status.{s}";
}

using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations;

/// <summary>Finds the demo rounds by status.</summary>
public static class RoundIds
{
    public static Task<int> OfAsync(ParticipationFactory factory, RoundStatus status) =>
        factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status == status).Select(r => r.Id).FirstAsync());
}

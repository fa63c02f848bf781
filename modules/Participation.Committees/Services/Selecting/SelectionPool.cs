using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.Selection;
using Participation.Core.Data;

namespace Participation.Committees.Services.Selecting;

/// <summary>
/// The volunteer pool of a recruitment under anonymised ids (V001, V002, … in application order): the ids the
/// published distribution uses. The mapping back to applications stays with the run, never published.
/// </summary>
public sealed class SelectionPool(ParticipationDbContext db)
{
    public async Task<(List<Application> Applications, List<Volunteer> Volunteers)> LoadAsync(int recruitmentId, IReadOnlyList<string> fields, CancellationToken ct)
    {
        var applications = await db.Set<Application>().Where(a => a.RecruitmentId == recruitmentId).OrderBy(a => a.Id).ToListAsync(ct);
        var volunteers = applications.Select((a, i) => new Volunteer(AnonId(i),
            fields.ToDictionary(f => f, f => ProfileFields.Value(a, f), StringComparer.Ordinal),
            string.IsNullOrWhiteSpace(a.Household) ? null : a.Household)).ToList();
        return (applications, volunteers);
    }

    public static string AnonId(int index) => "V" + (index + 1).ToString("000", CultureInfo.InvariantCulture);
}

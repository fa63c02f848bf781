using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.Staff;

/// <summary>Publishing the closed 北区 demo round: preconditions, the mail to submitters, /me and the public results.</summary>
public sealed class StaffPublishTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Publish_needs_a_closed_round_with_every_group_answered_then_mails_submitters()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var admin = await SignedInAsync(factory, Admin);
        var openPage = await admin.GetStringAsync($"/staff/rounds/{open}/publish");
        Assert.Contains("意見募集がまだ締め切られていません。", openPage);

        var closed = await RoundAsync(factory, RoundStatus.Closed);
        var kita = await SignedInAsync(factory, Kita);
        var residentId = await UserIdAsync(factory, "resident@demo.example");
        // The resident's own submission (demo data has none on this round): give them one of its submissions.
        var mine = await factory.WithDbAsync(async db =>
        {
            var s = await db.Set<Submission>().Where(x => x.RoundId == closed).OrderBy(x => x.Id).FirstAsync();
            s.UserId = residentId;
            await db.SaveChangesAsync();
            return s.Id;
        });

        var (page, af, _, _) = await OpenAsync(kita, $"/staff/rounds/{closed}/publish");
        Assert.Contains("グループに整理されていない意見が", page);
        var refused = await PostAsync(kita, $"/staff/rounds/{closed}/publish", af, ("summary", ""));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(RoundStatus.Closed, await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == closed).Select(r => r.Status).FirstAsync()));

        // Group everything into one group, without an answer yet: publishing names the missing answer.
        var ids = await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.RoundId == closed).Select(o => o.Id).ToListAsync());
        var (_, gaf, _, _) = await OpenAsync(kita, $"/staff/rounds/{closed}/groups");
        var create = await PostAsync(kita, $"/staff/rounds/{closed}/groups", gaf,
            ids.Select(i => ("opinionIds", i.ToString())).Prepend(("summary", "施設整備に関する意見")).Prepend(("section", "general")).ToArray());
        var groupId = int.Parse(create.Headers.Location!.ToString().Split('/').Last());
        var missing = await PostAsync(kita, $"/staff/rounds/{closed}/publish", af, ("summary", ""));
        Assert.Equal(HttpStatusCode.Conflict, missing.StatusCode);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Contains("考え方が未記入：施設整備に関する意見", missingHtml);
        Assert.Contains("反映区分が未選択：施設整備に関する意見", missingHtml);

        var (_, eaf, _, version) = await OpenAsync(kita, $"/staff/rounds/{closed}/groups/{groupId}");
        await PostAsync(kita, $"/staff/rounds/{closed}/groups/{groupId}", eaf, ("Version", version!.Value.ToString()),
            ("Summary", "施設整備に関する意見"), ("Answer", "いただいたご意見は今後の施設整備の参考とします。"), ("Reflection", "C"));

        var published = await PostAsync(kita, $"/staff/rounds/{closed}/publish", af, ("summary", "ご意見を踏まえて計画を決定しました。"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/rounds/{closed}/results", published.Headers.Location!.ToString());
        var round = await factory.WithDbAsync(db => db.Set<ConsultationRound>().FirstAsync(r => r.Id == closed));
        Assert.Equal(RoundStatus.ResultsPublished, round.Status);
        Assert.NotNull(round.ResultsPublishedAt);

        // The notices go out by a background job, not in the request; the job mails each submitter with an e-mail once.
        Assert.Single(FollowUp.ResultsPublishing.QueuedMailJobs(factory, closed));
        Assert.DoesNotContain(Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder).Select(File.ReadAllText) : [],
            m => m.Contains($"/rounds/{closed}/results"));
        await FollowUp.ResultsPublishing.RunMailJobAsync(factory, closed, "http://localhost");
        var emails = await factory.WithDbAsync(db => (from c in db.Set<SubmitterContact>() join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                                                      where s.RoundId == closed && c.Email != null select c.Email!).Distinct().ToListAsync());
        Assert.NotEmpty(emails);
        var mails = Directory.GetFiles(factory.MailFolder).Select(File.ReadAllText).Where(m => m.Contains($"/rounds/{closed}/results")).ToList();
        foreach (var email in emails) Assert.Contains(mails, m => m.Contains(email));

        // The public results and CSV show the answer, never personal data.
        var anonymous = factory.CreateClient();
        var results = await anonymous.GetStringAsync($"/rounds/{closed}/results");
        var csv = Encoding.UTF8.GetString(await anonymous.GetByteArrayAsync($"/rounds/{closed}/results.csv"));
        Assert.Contains("いただいたご意見は今後の施設整備の参考とします。", results);
        Assert.Contains("いただいたご意見は今後の施設整備の参考とします。", csv);
        var personal = await factory.WithDbAsync(async db => (await (from c in db.Set<SubmitterContact>() join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                                                                     where s.RoundId == closed select c).ToListAsync())
            .SelectMany(c => new[] { c.Name, c.Email, c.Phone, c.Address }).Where(v => v != null).Select(v => v!).ToList());
        foreach (var value in personal)
        {
            Assert.DoesNotContain(value, results);
            Assert.DoesNotContain(value, csv);
        }

        // The resident sees the answer to their own opinion under /me.
        var resident = await SignedInAsync(factory, "resident@demo.example");
        var me = await resident.GetStringAsync("/me");
        Assert.Contains("いただいたご意見は今後の施設整備の参考とします。", me);

        // Publishing twice is refused.
        var again = await PostAsync(kita, $"/staff/rounds/{closed}/publish", af, ("summary", ""));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True(mine > 0);
    }
}

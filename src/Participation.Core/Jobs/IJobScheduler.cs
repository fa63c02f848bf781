using System.Linq.Expressions;

namespace Participation.Core.Jobs;

/// <summary>
/// Background work (clustering runs, reports, digests, reminders) without tying modules to Hangfire.
/// Jobs are plain classes resolved from DI; their arguments must serialise to JSON.
/// </summary>
public interface IJobScheduler
{
    string Enqueue<TJob>(Expression<Func<TJob, Task>> call);
    string Schedule<TJob>(Expression<Func<TJob, Task>> call, DateTimeOffset runAt);
    void Recurring<TJob>(string id, Expression<Func<TJob, Task>> call, string cron);
}

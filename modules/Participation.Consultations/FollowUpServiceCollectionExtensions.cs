using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Follow;
using Participation.Consultations.Services.Lifecycle;
using Participation.Consultations.Services.Setup;
using Participation.Consultations.Services.Staff;

namespace Participation.Consultations;

/// <summary>Following rounds and the results mail job, files of submissions, deadline changes, deletion, span masks.</summary>
public static class FollowUpServiceCollectionExtensions
{
    public static IServiceCollection AddRoundFollowUp(this IServiceCollection services)
    {
        services.AddScoped<RoundFollows>();
        services.AddScoped<ResultsRecipients>();
        services.AddScoped<ResultsMailJob>();
        services.AddScoped<SubmissionFiles>();
        services.AddScoped<RoundDeadlines>();
        services.AddScoped<RoundDeletion>();
        services.AddScoped<RedactionSpans>();
        return services;
    }
}

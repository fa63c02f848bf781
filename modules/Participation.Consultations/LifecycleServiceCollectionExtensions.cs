using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Services.Lifecycle;
using Participation.Consultations.Services.Setup;
using Participation.Core.Identity;
using Participation.Core.Navigation;

namespace Participation.Consultations;

/// <summary>Round set-up, the clock that opens and closes rounds, submission access, draft revisions and attachments.</summary>
public static class LifecycleServiceCollectionExtensions
{
    public static IServiceCollection AddRoundLifecycle(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LifecycleOptions>(configuration.GetSection("Participation:Consultations:Lifecycle"));
        services.AddScoped<RoundSetupService>();
        services.AddScoped<RoundSchedule>();
        services.AddScoped<RoundTransitions>();
        services.AddScoped<ResultsReminder>();
        services.AddScoped<RoundClockJob>();
        services.AddScoped<SubmissionAccess>();
        services.AddScoped<SubmissionAttachments>();
        Participation.Core.Files.UploadServiceCollectionExtensions.AddUploads(services, configuration);
        services.AddHostedService<RoundClockRegistration>();
        services.AddStaffLink(new StaffLink("Lifecycle.Setup.NewTitle", "/staff/rounds/new", "Lifecycle.Setup.LinkDescription",
            Roles.WardStaff, Roles.Administrator));
        return services;
    }
}

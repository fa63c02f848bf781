using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Identity;
using Participation.Core.Me;
using Participation.Core.Modules;
using Participation.Core.Navigation;
using Participation.Core.Permissions;
using Participation.Core.Recipes;
using Participation.Core.Statistics;
using Participation.Wards.Recipes;
using Participation.Wards.Services;

namespace Participation.Wards;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddScoped<ContentScreen>();
        services.AddScoped<Nicknames>();
        services.AddScoped<NicknameRules>();
        services.AddScoped<FollowerNotifier>();
        services.AddScoped<DiscussionWriter>();
        services.AddScoped<ThreadActions>();
        services.AddScoped<StaffAnswers>();
        services.AddScoped<Moderation>();
        services.AddScoped<RedactionReview>();
        services.AddScoped<DiscussionQueries>();
        services.AddScoped<ThreadPageBuilder>();
        services.AddScoped<WardMeetings>();
        services.AddScoped<MeetingEditor>();
        services.AddScoped<MeetingAttachments>();
        Participation.Core.Files.UploadServiceCollectionExtensions.AddUploads(services, configuration);
        services.AddScoped<WardPostTexts>();
        services.AddScoped<WardPostClusterSource>();
        services.AddScoped<Participation.Core.Clustering.IClusterSource>(sp => sp.GetRequiredService<WardPostClusterSource>());
        services.AddScoped<Participation.Core.Clustering.IClusterContainers>(sp => sp.GetRequiredService<WardPostClusterSource>());
        services.AddScoped<IParticipationRecordProvider, WardsRecordProvider>();
        services.AddScoped<IPersonalDataHandler, WardsPersonalData>();
        services.AddScoped<IStatisticsProvider, WardsStatisticsProvider>();
        services.AddScoped<Participation.Core.Wards.IHotThreads, HotThreads>();
        services.AddRecipeStep<DemoDiscussionsStep>();
        services.AddStaffLink(new StaffLink("Wards.MeetingStaff.Title", "/wards/meetings/manage", "Wards.MeetingStaff.Description", Roles.WardStaff, Roles.Administrator));
        services.AddStaffLink(new StaffLink("Wards.Staff.Title", "/wards/moderation", "Wards.Staff.Description", Roles.WardStaff, Roles.Administrator));
    }
}

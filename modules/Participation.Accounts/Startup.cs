using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Accounts.Recipes;
using Participation.Accounts.Services;
using Participation.Core.Identity;
using Participation.Core.Modules;
using Participation.Core.Navigation;
using Participation.Core.Permissions;
using Participation.Core.Recipes;

namespace Participation.Accounts;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddRecipeStep<RolesSetupStep>();
        services.AddRecipeStep<DemoCityStep>();
        services.AddRecipeStep<DemoUsersStep>();
        services.AddScoped<AccountMails>();
        services.AddScoped<NotificationPreferences>();
        services.AddScoped<Participation.Core.Me.INotificationPreferences>(sp => sp.GetRequiredService<NotificationPreferences>());
        services.AddScoped<PersonalDataService>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new Display.FuriganaResultFilter()));
        services.AddScoped<Participation.Core.Me.IPersonalDataHandler, AccountPersonalData>();
        services.AddHostedService<DemoLoginBanner>();
        services.AddScoped<Participation.Core.Me.INotificationDigest, NoticeDigest>();
        services.AddScoped<Participation.Core.Me.IPersonalDataHandler, QueuedNoticePersonalData>();
        services.AddScoped<ResidentDigestJob>();
        services.AddHostedService<ResidentDigestSchedule>();
        services.AddStaffLink(new StaffLink("Admin.Users.Title", "/admin/users", "Admin.Users.Description", Roles.Administrator));
        services.AddStaffLink(new StaffLink("Admin.Wards.Title", "/admin/wards", "Admin.Wards.Description", Roles.Administrator));
    }
}

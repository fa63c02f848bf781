using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Endpoints;
using Participation.Consultations.Recipes;
using Participation.Consultations.Services;
using Participation.Core.GraphQL;
using Participation.Core.Identity;
using Participation.Core.Me;
using Participation.Core.Modules;
using Participation.Core.Navigation;
using Participation.Core.Permissions;
using Participation.Core.Recipes;
using Participation.Core.Statistics;

namespace Participation.Consultations;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConsultationOptions>(configuration.GetSection("Participation:Consultations"));
        services.AddPermissions<Permissions>();
        services.AddHttpContextAccessor();
        services.AddScoped<RoundQueries>();
        services.AddScoped<Participation.Core.Consultations.IOpenRoundDirectory, OpenRoundDirectory>();
        services.AddScoped<Participation.Core.Consultations.IRoundReportSource, RoundReportSource>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<SubmissionIntake>();
        AddIntake(services, configuration);
        services.AddScoped<ResultsService>();
        services.AddScoped<ReceiptMails>();
        services.AddSingleton<FormTokens>();
        services.AddScoped<IStatisticsProvider, ConsultationStatistics>();
        services.AddScoped<IParticipationRecordProvider, ConsultationRecords>();
        services.AddScoped<IPersonalDataHandler, ConsultationPersonalData>();
        services.AddRecipeStep<DemoRoundsStep>();
        services.AddRecipeStep<DemoEasyJapaneseStep>();
        services.AddScoped<OpinionClusterSource>();
        services.AddScoped<Participation.Core.Clustering.IClusterSource>(sp => sp.GetRequiredService<OpinionClusterSource>());
        services.AddScoped<Participation.Core.Clustering.IClusterContainers>(sp => sp.GetRequiredService<OpinionClusterSource>());
        // Staff side: turning submissions into results.
        services.AddScoped<Services.Staff.StaffRoundQueries>();
        services.AddScoped<Services.Staff.SubmissionBrowser>();
        services.AddScoped<Services.Staff.ReceivedDate>();
        services.AddScoped<Services.Staff.GroupQueries>();
        services.AddScoped<Services.Staff.OpinionGrouping>();
        services.AddScoped<Services.Staff.SuggestedGroups>();
        services.AddScoped<Services.Staff.RedactionReview>();
        services.AddScoped<Services.Staff.ResultsPublisher>();
        services.AddScoped<Services.Staff.StaffExport>();
        services.AddScoped<Participation.Core.Events.IDomainEventHandler<Participation.Core.Events.RoundResultsPublished>, Services.Staff.ResultsPublishedMailer>();
        services.AddStaffLink(new StaffLink("RoundStaff.Rounds.Title", "/staff/rounds", "RoundStaff.Rounds.Description", Roles.WardStaff, Roles.Administrator));
        services.AddScoped<GraphQL.RoundGraphData>();
        services.AddGraphQLContribution<GraphQL.ConsultationsGraphQL>();
        services.AddRoundLifecycle(configuration);
        services.AddRoundFollowUp();
    }

    /// <summary>Group-commit writer and outbox worker (one each per node).</summary>
    private static void AddIntake(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Services.Intake.IntakeOptions>(configuration.GetSection(Services.Intake.IntakeOptions.Section));
        services.AddSingleton<Services.Intake.RecentReceipts>();
        services.AddSingleton<Services.Intake.SectionAnchorCache>();
        services.AddSingleton<Services.Intake.RoundCache>();
        services.AddSingleton<Services.Intake.ReceiptNumberSource>();
        services.AddSingleton<Services.Intake.OutboxQueue>();
        services.AddSingleton<Services.Intake.IntakePace>();
        services.AddScoped<Services.Intake.OutboxProcessor>();
        services.AddSingleton<Services.Intake.SubmissionWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<Services.Intake.SubmissionWriter>());
        services.AddSingleton<Services.Intake.OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Services.Intake.OutboxWorker>());
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSubmissionApi();
}

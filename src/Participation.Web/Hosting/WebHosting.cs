using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Core;
using Participation.Core.Files;
using Participation.Core.Localization;
using Participation.Core.Mail;
using Participation.Core.Recipes;

namespace Participation.Web.Hosting;

internal static class WebHosting
{
    public static readonly CultureInfo[] SupportedCultures = [new("ja-JP"), new("en")];

    public const string CultureCookie = ".participation.culture";

    public static void AddParticipationWeb(this WebApplicationBuilder builder, LoadedModules modules)
    {
        var services = builder.Services;
        // Theme and module assets (_content/...) from the build output in every environment, not only
        // Development; a published site has them in wwwroot and this is a no-op.
        builder.WebHost.UseStaticWebAssets();
        services.Configure<ParticipationOptions>(builder.Configuration.GetSection(ParticipationOptions.Section));
        var mail = builder.Configuration.GetSection($"{ParticipationOptions.Section}:Mail").Get<MailOptions>() ?? new();
        var catalog = TextCatalog.FromInstalledAssemblies(typeof(Program).Assembly, typeof(Participation.Theme.ThemeMarker).Assembly);
        services.AddParticipationCore(catalog, new AppDataPaths(DatabaseHosting.AppDataRoot(builder)), mail);
        services.AddSingleton<RecipeRunner>();
        // Japanese text goes out as UTF-8 characters, not &#x…; entities (smaller pages, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                LocalizeModelBindingMessages(o, catalog);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .ConfigureApplicationPartManager(parts =>
            {
                parts.ApplicationParts.Add(new Microsoft.AspNetCore.Mvc.ApplicationParts.AssemblyPart(typeof(Participation.Theme.ThemeMarker).Assembly));
                ModuleHosting.KeepOnlyEnabledModuleParts(parts, modules.Catalog);
            });
        services.AddRouting(o => { o.LowercaseUrls = true; o.AppendTrailingSlash = false; });

        var defaultCulture = builder.Configuration[$"{ParticipationOptions.Section}:DefaultCulture"] ?? "ja-JP";
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(defaultCulture);
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CultureCookie },
            ];
        });
    }

    /// <summary>MVC's own binding messages ("The value '' is invalid") read at request time in the current culture.</summary>
    private static void LocalizeModelBindingMessages(MvcOptions o, TextCatalog catalog)
    {
        string T(string key) => catalog.Find(key, CultureInfo.CurrentUICulture.Name) ?? key;
        var m = o.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => string.Format(T("Validation.ValueInvalid"), value, field));
        m.SetMissingBindRequiredValueAccessor(field => string.Format(T("Validation.Required"), field));
        m.SetMissingKeyOrValueAccessor(() => T("Validation.ValueMissing"));
        m.SetMissingRequestBodyRequiredValueAccessor(() => T("Validation.BodyMissing"));
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(T("Validation.ValueInvalid"), value, ""));
        m.SetUnknownValueIsInvalidAccessor(field => string.Format(T("Validation.ValueInvalid"), "", field));
        m.SetValueIsInvalidAccessor(value => string.Format(T("Validation.ValueInvalid"), value, ""));
        m.SetValueMustBeANumberAccessor(field => string.Format(T("Validation.NotANumber"), field));
        m.SetValueMustNotBeNullAccessor(field => string.Format(T("Validation.Required"), field));
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => T("Validation.ValueMissing"));
        m.SetNonPropertyValueMustBeANumberAccessor(() => string.Format(T("Validation.NotANumber"), ""));
    }
}

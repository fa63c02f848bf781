using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Participation.Core.Localization;

/// <summary>Looks strings up in the <see cref="TextCatalog"/> for the current UI culture.</summary>
public sealed class CatalogStringLocalizer(TextCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalog.Find(name, CultureInfo.CurrentUICulture.Name);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, found.Value, arguments), found.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.Keys(TextCatalog.Normalise(CultureInfo.CurrentUICulture.Name)).Select(k => this[k]);
}

/// <summary>One catalog for every type: <c>IStringLocalizer&lt;T&gt;</c>, view and data-annotation localisers all use it.</summary>
public sealed class CatalogStringLocalizerFactory(TextCatalog catalog) : IStringLocalizerFactory
{
    private readonly CatalogStringLocalizer localizer = new(catalog);
    public IStringLocalizer Create(Type resourceSource) => localizer;
    public IStringLocalizer Create(string baseName, string location) => localizer;
}

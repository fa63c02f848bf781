namespace Participation.Theme;

/// <summary>Lets the host find this assembly's views, strings and static assets.</summary>
public sealed class ThemeMarker;

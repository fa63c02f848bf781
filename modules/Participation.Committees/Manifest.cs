using Participation.Core.Modules;

[assembly: Module(
    Name = "Committees",
    Description = "Committees (審議会): recruitment, applications and essays, blind review, fair stratified lottery (LEXIMIN) and public draw.")]

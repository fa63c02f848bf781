using Participation.Core.Modules;

[assembly: Module(
    Name = "Accounts",
    Description = "Sign-in, registration, residents' profiles, \"my participation\" and the administrators' user and ward pages.")]

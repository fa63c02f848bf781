using Participation.Core.Modules;

[assembly: Module(
    Name = "Wards",
    Description = "Ward pages, discussion threads, replies, support, official answers, moderation and meeting notices.")]

using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;

namespace Participation.Web.Data;

/// <summary>The embedded default: a SQLite file under App_Data, in WAL mode.</summary>
public sealed class SqliteParticipationDbContext(DbContextOptions<SqliteParticipationDbContext> options) : ParticipationDbContext(options);

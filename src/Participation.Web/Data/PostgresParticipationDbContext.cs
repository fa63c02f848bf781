using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;

namespace Participation.Web.Data;

/// <summary>Scale-out: PostgreSQL through Npgsql.</summary>
public sealed class PostgresParticipationDbContext(DbContextOptions<PostgresParticipationDbContext> options) : ParticipationDbContext(options);

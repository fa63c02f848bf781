using System.IO.Compression;
using System.Text.Json;
using Participation.Core.Files;

namespace Participation.Clustering.Services;

/// <summary>
/// Keeps a run's fitted model (vocabulary, LSA projection, centres) in a compressed file under
/// App_Data/clustering, so new opinions are placed in existing clusters without re-running. Written through the
/// model's public shape only; a file of an older format is reported as missing (a re-run writes a new one).
/// </summary>
public sealed class ClusteringModelStore(AppDataPaths paths)
{
    private const int FormatVersion = 1;

    public string PathOf(string file) => Path.Combine(paths.Resolve("clustering"), file);

    public async Task<string> SaveAsync(int runId, ClusteringModel model, CancellationToken ct)
    {
        var file = $"run-{runId}.model";
        Directory.CreateDirectory(paths.Resolve("clustering"));
        var temp = PathOf(file + ".tmp");
        await using (var stream = File.Create(temp))
        await using (var zip = new GZipStream(stream, CompressionLevel.Fastest))
        await using (var w = new BinaryWriter(zip))
            Write(w, model);
        File.Move(temp, PathOf(file), overwrite: true);
        return file;
    }

    /// <summary>
    /// Saves a changed model (a split adds centres) under a new name, so no cache on any node mistakes it for the
    /// run's earlier model; the caller points the run at it and deletes the old file.
    /// </summary>
    public async Task<string> SaveRevisionAsync(int runId, int revision, ClusteringModel model, CancellationToken ct)
    {
        var file = $"run-{runId}-r{revision}.model";
        Directory.CreateDirectory(paths.Resolve("clustering"));
        var temp = PathOf(file + ".tmp");
        await using (var stream = File.Create(temp))
        await using (var zip = new GZipStream(stream, CompressionLevel.Fastest))
        await using (var w = new BinaryWriter(zip))
            Write(w, model);
        File.Move(temp, PathOf(file), overwrite: true);
        return file;
    }

    public ClusteringModel? Load(string? file)
    {
        if (string.IsNullOrEmpty(file) || file.Contains('/') || file.Contains('\\')) return null;
        var path = PathOf(file);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            using var zip = new GZipStream(stream, CompressionMode.Decompress);
            using var r = new BinaryReader(zip);
            return Read(r);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    public void Delete(string? file)
    {
        if (string.IsNullOrEmpty(file) || file.Contains('/') || file.Contains('\\')) return;
        var path = PathOf(file);
        if (File.Exists(path)) File.Delete(path);
    }

    private static void Write(BinaryWriter w, ClusteringModel model)
    {
        w.Write(FormatVersion);
        var v = model.Vocabulary;
        w.Write(JsonSerializer.Serialize(v.Options));
        w.Write(v.UsesMeCab);
        WriteArray(w, v.Keys, (w2, x) => w2.Write(x));
        w.Write(v.Columns.Count);
        foreach (var (key, column) in v.Columns) { w.Write(key); w.Write(column); }
        WriteArray(w, v.Idf, (w2, x) => w2.Write(x));
        w.Write(v.Words.Count);
        foreach (var (key, word) in v.Words) { w.Write(key); w.Write(word); }
        var p = model.Projection;
        w.Write(p.Width);
        w.Write(p.Rank);
        WriteArray(w, p.Basis, (w2, x) => w2.Write(x));
        WriteArray(w, p.Rotation, (w2, x) => w2.Write(x));
        WriteArray(w, model.Centroids, (w2, x) => w2.Write(x));
        w.Write(model.Center is not null);
        if (model.Center is not null) WriteArray(w, model.Center, (w2, x) => w2.Write(x));
    }

    private static ClusteringModel Read(BinaryReader r)
    {
        if (r.ReadInt32() != FormatVersion) throw new InvalidDataException("Unknown model format.");
        var options = JsonSerializer.Deserialize<FeatureOptions>(r.ReadString()) ?? new FeatureOptions();
        var usesMeCab = r.ReadBoolean();
        var keys = ReadArray(r, r2 => r2.ReadUInt64());
        var columnCount = r.ReadInt32();
        var columns = new Dictionary<ulong, int>(columnCount);
        for (var i = 0; i < columnCount; i++) columns[r.ReadUInt64()] = r.ReadInt32();
        var idf = ReadArray(r, r2 => r2.ReadSingle());
        var wordCount = r.ReadInt32();
        var words = new Dictionary<ulong, string>(wordCount);
        for (var i = 0; i < wordCount; i++) words[r.ReadUInt64()] = r.ReadString();
        var width = r.ReadInt32();
        var rank = r.ReadInt32();
        var basis = ReadArray(r, r2 => r2.ReadSingle());
        var rotation = ReadArray(r, r2 => r2.ReadSingle());
        var centroids = ReadArray(r, r2 => r2.ReadSingle());
        var center = r.ReadBoolean() ? ReadArray(r, r2 => r2.ReadSingle()) : null;
        var vocabulary = new Vocabulary(columns, idf, keys, words, options, usesMeCab);
        return new ClusteringModel(vocabulary, new LsaProjection(basis, width, rotation, rank), centroids, center);
    }

    private static void WriteArray<T>(BinaryWriter w, T[] values, Action<BinaryWriter, T> write)
    {
        w.Write(values.Length);
        foreach (var x in values) write(w, x);
    }

    private static T[] ReadArray<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException("Negative length.");
        var values = new T[n];
        for (var i = 0; i < n; i++) values[i] = read(r);
        return values;
    }
}

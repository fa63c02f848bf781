using System.Numerics;
using System.Runtime.InteropServices;

namespace Participation.Clustering.Services;

/// <summary>Small SIMD helpers for row-major float matrices.</summary>
public static class Dense
{
    public static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<float>.Count)
        {
            var va = new Vector<float>(a);
            var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
            var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
            for (var v = 0; v < vx.Length; v++) vy[v] += va * vx[v];
            i = vx.Length * Vector<float>.Count;
        }
        for (; i < x.Length; i++) y[i] += a * x[i];
    }

    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var i = 0;
        var sum = 0f;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<float>.Count)
        {
            var acc = Vector<float>.Zero;
            var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
            var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
            for (var v = 0; v < vx.Length; v++) acc += vx[v] * vy[v];
            sum = Vector.Dot(acc, Vector<float>.One);
            i = vx.Length * Vector<float>.Count;
        }
        for (; i < x.Length; i++) sum += x[i] * y[i];
        return sum;
    }

    /// <summary>Scales the vector to unit length (leaves a zero vector alone).</summary>
    public static void Normalize(Span<float> x)
    {
        var norm = MathF.Sqrt(Dot(x, x));
        if (norm <= 0) return;
        var inv = 1f / norm;
        for (var i = 0; i < x.Length; i++) x[i] *= inv;
    }

    public static void NormalizeRows(float[] m, int width)
    {
        var rows = m.Length / width;
        Parallel.For(0, rows, Parallelism.Options, i => Normalize(m.AsSpan(i * width, width)));
    }
}

/// <summary>One place to cap parallelism (the server is shared with the web site).</summary>
public static class Parallelism
{
    public static ParallelOptions Options { get; set; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}

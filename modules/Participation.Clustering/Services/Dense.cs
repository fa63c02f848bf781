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

    /// <summary>
    /// Four dot products of <paramref name="x"/> with consecutive rows of <paramref name="rows"/> (from row
    /// <paramref name="first"/>, each <paramref name="x"/>.Length wide), reading x once for all four. Each sum is
    /// formed in exactly the order <see cref="Dot"/> uses, so the results are the same to the last bit.
    /// </summary>
    public static (float, float, float, float) Dot4(ReadOnlySpan<float> x, ReadOnlySpan<float> rows, int first)
    {
        var dim = x.Length;
        var y0 = rows.Slice(first * dim, dim);
        var y1 = rows.Slice((first + 1) * dim, dim);
        var y2 = rows.Slice((first + 2) * dim, dim);
        var y3 = rows.Slice((first + 3) * dim, dim);
        var i = 0;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        if (Vector.IsHardwareAccelerated && dim >= Vector<float>.Count)
        {
            Vector<float> a0 = Vector<float>.Zero, a1 = a0, a2 = a0, a3 = a0;
            var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
            var v0 = MemoryMarshal.Cast<float, Vector<float>>(y0);
            var v1 = MemoryMarshal.Cast<float, Vector<float>>(y1);
            var v2 = MemoryMarshal.Cast<float, Vector<float>>(y2);
            var v3 = MemoryMarshal.Cast<float, Vector<float>>(y3);
            for (var v = 0; v < vx.Length; v++)
            {
                var xv = vx[v];
                a0 += xv * v0[v];
                a1 += xv * v1[v];
                a2 += xv * v2[v];
                a3 += xv * v3[v];
            }
            s0 = Vector.Dot(a0, Vector<float>.One);
            s1 = Vector.Dot(a1, Vector<float>.One);
            s2 = Vector.Dot(a2, Vector<float>.One);
            s3 = Vector.Dot(a3, Vector<float>.One);
            i = vx.Length * Vector<float>.Count;
        }
        for (; i < dim; i++)
        {
            s0 += x[i] * y0[i];
            s1 += x[i] * y1[i];
            s2 += x[i] * y2[i];
            s3 += x[i] * y3[i];
        }
        return (s0, s1, s2, s3);
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
